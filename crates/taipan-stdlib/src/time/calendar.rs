//! Calendar conversions: timestamps to `struct_time`s (UTC computed here,
//! local time by the C library) and back, and their text forms.

use std::ffi::CString;

use taipan_vm::interp::modules::structseq::{self, STRUCT_TIME_TYPE};
use taipan_vm::interp::objects::native_any_arity;
use taipan_vm::interp::{attrs, classes, type_error};
use taipan_vm::types::exceptions::{OS_ERROR, OVERFLOW_ERROR, VALUE_ERROR};
use taipan_vm::types::tuple::TUPLE_TYPE;
use taipan_vm::types::{dict, float, int, singletons, str as pystr, tuple};
use taipan_vm::{ops, PyErr, PyResult, Value};

use super::args;
use super::libc::{self, Tm};

const SECONDS_PER_DAY: i64 = 86_400;

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The (year, month, day) of a count of days since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

fn out_of_range() -> PyErr {
    PyErr::new(
        &OVERFLOW_ERROR,
        "timestamp out of range for platform time_t",
    )
}

/// A timestamp argument, rounded down to whole seconds.
fn timestamp(v: &Value) -> PyResult<i64> {
    if let Some(f) = float::as_f64(v) {
        if f.is_nan() {
            return Err(PyErr::new(&VALUE_ERROR, "Invalid value NaN (not a number)"));
        }
        let f = f.floor();
        if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
            return Err(out_of_range());
        }
        return Ok(f as i64);
    }
    let i = ops::index(v)?;
    int::as_int(&i)
        .and_then(|i| i.to_i64())
        .ok_or_else(out_of_range)
}

/// The optional timestamp argument: now when absent or None.
fn timestamp_or_now(a: &[Value]) -> PyResult<i64> {
    match a.first().filter(|v| !singletons::is_none(v)) {
        Some(v) => timestamp(v),
        None => Ok((libc::clock_ns(super::CLOCK_REALTIME).unwrap_or(0) / 1_000_000_000) as i64),
    }
}

/// The C `struct tm` of UTC time `t`.
fn utc(t: i64) -> PyResult<Tm> {
    let days = t.div_euclid(SECONDS_PER_DAY);
    let secs = t.rem_euclid(SECONDS_PER_DAY);
    let (year, month, day) = civil_from_days(days);
    let year = i32::try_from(year - 1900).map_err(|_| {
        PyErr::new(
            &OS_ERROR,
            "[Errno 75] Value too large for defined data type",
        )
    })?;
    let mut tm = Tm::zeroed();
    tm.tm_year = year;
    tm.tm_mon = (month - 1) as i32;
    tm.tm_mday = day as i32;
    tm.tm_hour = (secs / 3600) as i32;
    tm.tm_min = (secs / 60 % 60) as i32;
    tm.tm_sec = (secs % 60) as i32;
    tm.tm_wday = (days + 4).rem_euclid(7) as i32;
    tm.tm_yday = (days - days_from_civil(year as i64 + 1900, 1, 1)) as i32;
    Ok(tm)
}

fn local(t: i64) -> PyResult<Tm> {
    libc::local(t).ok_or_else(|| {
        PyErr::new(
            &OS_ERROR,
            "[Errno 75] Value too large for defined data type",
        )
    })
}

/// The `struct_time` of a C `struct tm` with zone name `zone`.
fn struct_time(tm: &Tm, zone: &str) -> Value {
    let i = |x: i32| int::from_i64(i64::from(x));
    structseq::new(
        &STRUCT_TIME_TYPE,
        vec![
            int::from_i64(i64::from(tm.tm_year) + 1900),
            i(tm.tm_mon + 1),
            i(tm.tm_mday),
            i(tm.tm_hour),
            i(tm.tm_min),
            i(tm.tm_sec),
            i((tm.tm_wday + 6) % 7),
            i(tm.tm_yday + 1),
            i(tm.tm_isdst),
            pystr::new(zone),
            int::from_i64(tm.tm_gmtoff),
        ],
    )
}

pub(super) fn time_gmtime(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = args("gmtime", a, kw, 0, 1)?;
    Ok(struct_time(&utc(timestamp_or_now(a)?)?, "GMT"))
}

pub(super) fn time_localtime(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = args("localtime", a, kw, 0, 1)?;
    let tm = local(timestamp_or_now(a)?)?;
    Ok(struct_time(&tm, &tm.zone()))
}

/// An item of a time tuple as C's `int` (CPython's messages).
fn c_int_arg(v: &Value) -> PyResult<i32> {
    let i = ops::index(v)?;
    let i = int::as_int(&i)
        .and_then(|i| i.to_i64())
        .ok_or_else(|| PyErr::new(&OVERFLOW_ERROR, "Python int too large to convert to C long"))?;
    i32::try_from(i).map_err(|_| {
        PyErr::new(
            &OVERFLOW_ERROR,
            if i > 0 {
                "signed integer is greater than maximum"
            } else {
                "signed integer is less than minimum"
            },
        )
    })
}

/// A time tuple argument as a C `struct tm` (with the zone text its
/// `tm_zone` points to, kept alive by the caller).
fn time_tuple(func: &str, v: &Value) -> PyResult<(Tm, Option<CString>)> {
    if !v.type_of().is_subtype_of(&TUPLE_TYPE) {
        return Err(type_error("Tuple or struct_time argument required"));
    }
    let items = tuple::items(v);
    if items.len() != 9 {
        return Err(type_error(format!("{func}(): illegal time tuple argument")));
    }
    let mut fields = [0i32; 9];
    for (f, item) in fields.iter_mut().zip(items) {
        *f = c_int_arg(item)?;
    }
    let [year, mon, mday, hour, min, sec, wday, yday, isdst] = fields;
    let mut tm = Tm::zeroed();
    tm.tm_year = year.wrapping_sub(1900);
    tm.tm_mon = mon.wrapping_sub(1);
    tm.tm_mday = mday;
    tm.tm_hour = hour;
    tm.tm_min = min;
    tm.tm_sec = sec;
    tm.tm_wday = wday.wrapping_add(1) % 7;
    tm.tm_yday = yday.wrapping_sub(1);
    tm.tm_isdst = isdst;
    let mut zone = None;
    if std::ptr::eq(v.type_of(), &STRUCT_TIME_TYPE) {
        if let Some(z) = pystr::as_str(&attrs::getattr_str(v, "tm_zone")?) {
            zone = libc::zone_cstring(z);
        }
        let offset = attrs::getattr_str(v, "tm_gmtoff")?;
        if let Some(off) = int::as_int(&offset).and_then(|i| i.to_i64()) {
            tm.tm_gmtoff = off;
        }
    }
    if let Some(z) = &zone {
        tm.tm_zone = z.as_ptr();
    }
    Ok((tm, zone))
}

/// CPython's range checks of a time tuple's fields.
fn check_fields(tm: &Tm) -> PyResult<()> {
    let checks = [
        (0..=11)
            .contains(&tm.tm_mon)
            .then_some(())
            .ok_or("month out of range"),
        (1..=31)
            .contains(&tm.tm_mday)
            .then_some(())
            .ok_or("day of month out of range"),
        (0..=23)
            .contains(&tm.tm_hour)
            .then_some(())
            .ok_or("hour out of range"),
        (0..=59)
            .contains(&tm.tm_min)
            .then_some(())
            .ok_or("minute out of range"),
        (0..=61)
            .contains(&tm.tm_sec)
            .then_some(())
            .ok_or("seconds out of range"),
        (tm.tm_wday >= 0)
            .then_some(())
            .ok_or("day of week out of range"),
        (0..=365)
            .contains(&tm.tm_yday)
            .then_some(())
            .ok_or("day of year out of range"),
    ];
    for check in checks {
        check.map_err(|msg| PyErr::new(&VALUE_ERROR, msg))?;
    }
    Ok(())
}

/// The optional time tuple argument: the local time now when absent.
fn tuple_or_now(func: &str, a: &[Value]) -> PyResult<(Tm, Option<CString>)> {
    match a.first() {
        Some(v) => time_tuple(func, v),
        None => Ok((local(timestamp_or_now(&[])?)?, None)),
    }
}

pub(super) fn time_strftime(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = args("strftime", a, kw, 1, 2)?;
    let format = pystr::as_str(&a[0]).ok_or_else(|| {
        type_error(format!(
            "strftime() argument 1 must be str, not {}",
            a[0].type_of().name
        ))
    })?;
    let (mut tm, _zone) = tuple_or_now("strftime", &a[1..])?;
    // Zeros stand for the first month, day and day of the year.
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    }
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    check_fields(&tm)?;
    // C formats stop at a NUL: format the pieces between them.
    let mut text = Vec::new();
    for (i, piece) in format.split('\0').enumerate() {
        if i > 0 {
            text.push(0);
        }
        let piece = CString::new(piece).expect("no NUL in a piece");
        text.extend(libc::format(&piece, &tm));
    }
    Ok(pystr::new(&String::from_utf8_lossy(&text)))
}

/// C's `asctime` text of `tm`, without the newline.
fn asctime_text(tm: &Tm) -> String {
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        DAYS[tm.tm_wday as usize % 7],
        MONTHS[tm.tm_mon as usize % 12],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        i64::from(tm.tm_year) + 1900
    )
}

pub(super) fn time_asctime(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = args("asctime", a, kw, 0, 1)?;
    let (tm, _zone) = tuple_or_now("asctime", a)?;
    check_fields(&tm)?;
    Ok(pystr::new(&asctime_text(&tm)))
}

pub(super) fn time_ctime(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = args("ctime", a, kw, 0, 1)?;
    Ok(pystr::new(&asctime_text(&local(timestamp_or_now(a)?)?)))
}

pub(super) fn time_mktime(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = args("mktime", a, kw, 1, 1)?;
    let (mut tm, _zone) = time_tuple("mktime", &a[0])?;
    libc::to_timestamp(&mut tm)
        .map(|t| float::new(t as f64))
        .ok_or_else(|| PyErr::new(&OVERFLOW_ERROR, "mktime argument out of range"))
}

/// The local zone's standard and daylight-saving names and offsets, from
/// its rules for January and July of this year.
fn zone_info() -> (i64, i64, String, String) {
    let now = timestamp_or_now(&[]).unwrap_or(0);
    let year = utc(now).map_or(70, |tm| i64::from(tm.tm_year)) + 1900;
    let at = |month| days_from_civil(year, month, 1) * SECONDS_PER_DAY;
    let (jan, jul) = match (libc::local(at(1)), libc::local(at(7))) {
        (Some(jan), Some(jul)) => (jan, jul),
        _ => return (0, 0, "UTC".into(), "UTC".into()),
    };
    let (jan_off, jul_off) = (jan.tm_gmtoff, jul.tm_gmtoff);
    // South of the equator, daylight saving time is in January.
    if jan_off > jul_off {
        (-jul_off, -jan_off, jul.zone(), jan.zone())
    } else {
        (-jan_off, -jul_off, jan.zone(), jul.zone())
    }
}

/// Sets `timezone`, `altzone`, `daylight` and `tzname` in `d`.
pub(super) fn set_zone_info(d: &Value) -> PyResult<()> {
    libc::reset_zone();
    let (timezone, altzone, std_name, dst_name) = zone_info();
    let set = |name: &str, v: Value| dict::set_item(d, pystr::intern(name), v);
    set("timezone", int::from_i64(timezone))?;
    set("altzone", int::from_i64(altzone))?;
    set("daylight", int::from_i64(i64::from(timezone != altzone)))?;
    set(
        "tzname",
        tuple::new(vec![pystr::new(&std_name), pystr::new(&dst_name)]),
    )
}

/// `tzset()`: rereads `TZ` and updates the module's zone attributes.
pub(super) fn time_tzset(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args("tzset", a, kw, 0, 0)?;
    let module = taipan_vm::interp::modules::import_name(
        &pystr::intern("time"),
        &singletons::none(),
        &int::from_i64(0),
        &singletons::none(),
    )?;
    if let Some(d) = attrs::instance_dict(&module) {
        set_zone_info(&d)?;
    }
    Ok(singletons::none())
}

fn duplicate_fields() -> PyErr {
    type_error("time.struct_time() got duplicate or unexpected field name(s)")
}

/// `struct_time(sequence, dict=None)`: 9 to 11 items (the zone and
/// offset default to None).
fn struct_time_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let pos = &a[..a.len() - kw.len()];
    let Some(seq) = pos.get(1) else {
        return Err(type_error(
            "structseq() missing required argument 'sequence' (pos 1)",
        ));
    };
    let mut items =
        attrs::collect(seq).map_err(|_| type_error("constructor requires a sequence"))?;
    if items.len() < 9 {
        return Err(type_error(format!(
            "time.struct_time() takes an at least 9-sequence ({}-sequence given)",
            items.len()
        )));
    }
    let given = items.len();
    if items.len() > 11 {
        return Err(type_error(format!(
            "time.struct_time() takes an at most 11-sequence ({}-sequence given)",
            items.len()
        )));
    }
    items.resize(11, singletons::none());
    // Fields beyond the sequence may come by name in a dict.
    if let Some(fields) = pos.get(2).filter(|d| !singletons::is_none(d)) {
        if fields
            .downcast::<taipan_vm::types::dict::DictObject>()
            .is_none()
        {
            return Err(type_error(
                "time.struct_time() takes a dict as second arg, if any",
            ));
        }
        let mut used = 0;
        for (i, name) in ["tm_zone", "tm_gmtoff"].into_iter().enumerate() {
            if let Some(v) = dict::get_item(fields, &pystr::intern(name))? {
                if given > 9 + i {
                    return Err(duplicate_fields());
                }
                items[9 + i] = v;
                used += 1;
            }
        }
        if used != taipan_vm::ops::len(fields)? {
            return Err(duplicate_fields());
        }
    }
    Ok(structseq::new(&STRUCT_TIME_TYPE, items))
}

/// Gives `struct_time` its constructor (once).
pub(super) fn install_struct_time() {
    let new = classes::new_wrapper(
        &classes::STATICMETHOD_TYPE,
        native_any_arity("__new__", struct_time_new),
    );
    let _ = dict::set_item(STRUCT_TIME_TYPE.dict(), pystr::intern("__new__"), new);
}
