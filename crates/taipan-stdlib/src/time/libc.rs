//! The few C library calls `time` needs that Rust's std lacks: the
//! system clocks by id, and the local time zone's calendar conversions.

use std::ffi::{c_char, c_int, c_long, CStr, CString};

/// C's `struct tm` (glibc layout, with the BSD `tm_gmtoff` / `tm_zone`).
#[repr(C)]
#[derive(Clone, Copy)]
pub(super) struct Tm {
    pub tm_sec: c_int,
    pub tm_min: c_int,
    pub tm_hour: c_int,
    pub tm_mday: c_int,
    pub tm_mon: c_int,
    pub tm_year: c_int,
    pub tm_wday: c_int,
    pub tm_yday: c_int,
    pub tm_isdst: c_int,
    pub tm_gmtoff: c_long,
    pub tm_zone: *const c_char,
}

impl Tm {
    pub(super) fn zeroed() -> Tm {
        Tm {
            tm_sec: 0,
            tm_min: 0,
            tm_hour: 0,
            tm_mday: 0,
            tm_mon: 0,
            tm_year: 0,
            tm_wday: 0,
            tm_yday: 0,
            tm_isdst: 0,
            tm_gmtoff: 0,
            tm_zone: std::ptr::null(),
        }
    }

    /// The zone abbreviation `tm_zone` points to ("" when unset).
    pub(super) fn zone(&self) -> String {
        if self.tm_zone.is_null() {
            return String::new();
        }
        // SAFETY: a non-null `tm_zone` set by the C library points to a
        // NUL-terminated string that lives as long as the time zone data;
        // one set by `Tm` users points into a `CString` they keep alive.
        unsafe { CStr::from_ptr(self.tm_zone) }
            .to_string_lossy()
            .into_owned()
    }
}

#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: c_long,
}

extern "C" {
    fn clock_gettime(clock: c_int, ts: *mut Timespec) -> c_int;
    fn clock_getres(clock: c_int, ts: *mut Timespec) -> c_int;
    fn localtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
    fn mktime(tm: *mut Tm) -> i64;
    fn strftime(s: *mut c_char, max: usize, format: *const c_char, tm: *const Tm) -> usize;
    fn tzset();
}

/// Clock `clock`'s reading in nanoseconds; None for an unknown clock.
pub(super) fn clock_ns(clock: c_int) -> Option<i128> {
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec.
    let rc = unsafe { clock_gettime(clock, &mut ts) };
    (rc == 0).then(|| i128::from(ts.tv_sec) * 1_000_000_000 + i128::from(ts.tv_nsec))
}

/// Clock `clock`'s resolution in seconds.
pub(super) fn clock_resolution(clock: c_int) -> Option<f64> {
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec.
    let rc = unsafe { clock_getres(clock, &mut ts) };
    (rc == 0).then_some(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9)
}

/// The local calendar time of `t` (None when the C library cannot say).
pub(super) fn local(t: i64) -> Option<Tm> {
    let mut tm = Tm::zeroed();
    // SAFETY: both pointers are valid for the call; `localtime_r` is the
    // thread-safe variant and writes only `tm`.
    let r = unsafe { localtime_r(&t, &mut tm) };
    (!r.is_null()).then_some(tm)
}

/// The timestamp of the local calendar time `tm` (normalizing its
/// fields); None when it cannot be represented.
pub(super) fn to_timestamp(tm: &mut Tm) -> Option<i64> {
    tm.tm_wday = -1;
    // SAFETY: `tm` is a valid struct tm; `mktime` reads and normalizes it.
    let t = unsafe { mktime(tm) };
    (t != -1 || tm.tm_wday != -1).then_some(t)
}

/// `strftime(format, tm)`, growing the buffer until the text fits.
pub(super) fn format(format: &CStr, tm: &Tm) -> Vec<u8> {
    if format.is_empty() {
        return Vec::new();
    }
    let mut size = 256;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` writable bytes; `format` is
        // NUL-terminated; `tm` is a valid struct tm whose `tm_zone` is
        // null or NUL-terminated.
        let n = unsafe { strftime(buf.as_mut_ptr().cast(), size, format.as_ptr(), tm) };
        // 0 is also a legitimately empty result: give up past a bound
        // far larger than any expansion of the format.
        if n > 0 || size > 256 * format.to_bytes().len().max(4) {
            buf.truncate(n);
            return buf;
        }
        size *= 4;
    }
}

/// Rereads the `TZ` environment variable.
pub(super) fn reset_zone() {
    // SAFETY: `tzset` only updates the C library's time zone globals.
    unsafe { tzset() }
}

/// A C string for `tm_zone`, or None for text with a NUL.
pub(super) fn zone_cstring(zone: &str) -> Option<CString> {
    CString::new(zone).ok()
}
