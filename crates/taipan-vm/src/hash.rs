//! CPython-compatible hashing: numbers modulo the Mersenne prime 2**61 - 1
//! (so that equal int, float and bool values hash alike), SipHash-1-3 for
//! str and bytes with a per-process key, pointer hashing for identity.

use std::sync::OnceLock;

/// Numeric hashes are reduced modulo this prime.
pub const MODULUS: u64 = (1 << 61) - 1;
pub const MODULUS_BITS: u32 = 61;
pub const HASH_INF: i64 = 314_159;
/// The hash of `None` (constant since CPython 3.12).
pub const HASH_NONE: i64 = 0xFCA8_6420;

/// The SipHash key: from `PYTHONHASHSEED` when set to an integer (0 means
/// an all-zero key, as CPython's "hash randomization disabled"), random
/// otherwise.
pub fn secret() -> (u64, u64) {
    static SECRET: OnceLock<(u64, u64)> = OnceLock::new();
    *SECRET.get_or_init(|| {
        match std::env::var("PYTHONHASHSEED")
            .ok()
            .and_then(|s| s.trim().parse::<u32>().ok())
        {
            Some(seed) => key_from_seed(seed),
            None => random_key(),
        }
    })
}

/// CPython derives the key bytes from a nonzero seed with the MSVC `rand()`
/// linear congruential generator, one byte (bits 16..24) per step.
fn key_from_seed(seed: u32) -> (u64, u64) {
    if seed == 0 {
        return (0, 0);
    }
    let mut x = seed;
    let mut bytes = [0u8; 16];
    for b in &mut bytes {
        x = x.wrapping_mul(214_013).wrapping_add(2_531_011);
        *b = (x >> 16) as u8;
    }
    let k0 = u64::from_le_bytes(bytes[..8].try_into().unwrap_or_default());
    let k1 = u64::from_le_bytes(bytes[8..].try_into().unwrap_or_default());
    (k0, k1)
}

fn random_key() -> (u64, u64) {
    use std::hash::{BuildHasher, Hasher};
    // `RandomState` is seeded from the operating system's randomness.
    let mut k = [0u64; 2];
    for (i, slot) in k.iter_mut().enumerate() {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_usize(i);
        *slot = h.finish();
    }
    (k[0], k[1])
}

/// SipHash-1-3 (one compression round per block, three finalization
/// rounds), fed incrementally.
pub struct SipHasher13 {
    v: [u64; 4],
    tail: u64,
    ntail: u32,
    len: u64,
}

impl SipHasher13 {
    pub fn new(k0: u64, k1: u64) -> SipHasher13 {
        SipHasher13 {
            v: [
                k0 ^ 0x736f_6d65_7073_6575,
                k1 ^ 0x646f_7261_6e64_6f6d,
                k0 ^ 0x6c79_6765_6e65_7261,
                k1 ^ 0x7465_6462_7974_6573,
            ],
            tail: 0,
            ntail: 0,
            len: 0,
        }
    }

    #[inline]
    fn round(&mut self) {
        let v = &mut self.v;
        v[0] = v[0].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(13);
        v[1] ^= v[0];
        v[0] = v[0].rotate_left(32);
        v[2] = v[2].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(16);
        v[3] ^= v[2];
        v[0] = v[0].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(21);
        v[3] ^= v[0];
        v[2] = v[2].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(17);
        v[1] ^= v[2];
        v[2] = v[2].rotate_left(32);
    }

    #[inline]
    fn block(&mut self, m: u64) {
        self.v[3] ^= m;
        self.round();
        self.v[0] ^= m;
    }

    pub fn write(&mut self, mut bytes: &[u8]) {
        self.len += bytes.len() as u64;
        while self.ntail != 0 && !bytes.is_empty() {
            self.tail |= (bytes[0] as u64) << (8 * self.ntail);
            self.ntail += 1;
            bytes = &bytes[1..];
            if self.ntail == 8 {
                let m = self.tail;
                self.block(m);
                self.tail = 0;
                self.ntail = 0;
            }
        }
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.block(u64::from_le_bytes(word));
        }
        for (i, &b) in chunks.remainder().iter().enumerate() {
            self.tail |= (b as u64) << (8 * i);
        }
        self.ntail = chunks.remainder().len() as u32;
    }

    pub fn finish(mut self) -> u64 {
        let m = self.tail | (self.len << 56);
        self.block(m);
        self.v[2] ^= 0xff;
        self.round();
        self.round();
        self.round();
        self.v[0] ^ self.v[1] ^ self.v[2] ^ self.v[3]
    }
}

/// Maps the reserved value -1 (an error marker in CPython's C API) to -2.
#[inline(always)]
pub const fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Hash of a byte buffer, as CPython hashes `bytes` and 1-byte-kind `str`.
pub fn hash_bytes(bytes: &[u8]) -> i64 {
    if bytes.is_empty() {
        return 0;
    }
    let (k0, k1) = secret();
    let mut h = SipHasher13::new(k0, k1);
    h.write(bytes);
    fix(h.finish() as i64)
}

/// Identity hash of an address (CPython's `_Py_HashPointer`): rotated so
/// that the always-zero alignment bits do not cluster in the table.
#[inline]
pub fn hash_pointer(addr: usize) -> i64 {
    fix((addr as u64).rotate_right(4) as i64)
}

/// Hash of an int that fits in an `i64`.
#[inline]
pub fn hash_i64(i: i64) -> i64 {
    let m = i.unsigned_abs() % MODULUS;
    fix(if i < 0 { -(m as i64) } else { m as i64 })
}

/// Hash of an int from its sign and magnitude (little-endian u64 digits).
pub fn hash_magnitude(negative: bool, digits: &[u64]) -> i64 {
    // 2**64 = 2**3 (mod 2**61 - 1).
    let mut acc: u64 = 0;
    for &d in digits.iter().rev() {
        let v = ((acc as u128) << 64) + d as u128;
        acc = (v % MODULUS as u128) as u64;
    }
    fix(if negative { -(acc as i64) } else { acc as i64 })
}

/// Hash of a finite or infinite float; `None` for NaN (whose hash is the
/// object's identity hash).
pub fn hash_f64(v: f64) -> Option<i64> {
    if v.is_nan() {
        return None;
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { HASH_INF } else { -HASH_INF });
    }
    if v == 0.0 {
        return Some(0);
    }
    // v = mantissa * 2**exp exactly, with an integer mantissa < 2**53.
    let bits = v.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    let (mantissa, exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), biased - 1075)
    };
    // 2**61 = 1 (mod 2**61 - 1): multiplying by 2**e is a rotation of the
    // 61-bit residue by e mod 61.
    let e = exp.rem_euclid(MODULUS_BITS as i32) as u32;
    let m = mantissa % MODULUS;
    let rotated = if e == 0 {
        m
    } else {
        ((m << e) & MODULUS) | (m >> (MODULUS_BITS - e))
    };
    let h = if v < 0.0 {
        -(rotated as i64)
    } else {
        rotated as i64
    };
    Some(fix(h))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sip(k0: u64, k1: u64, data: &[u8]) -> u64 {
        let mut h = SipHasher13::new(k0, k1);
        h.write(data);
        h.finish()
    }

    #[test]
    fn incremental_matches_one_shot() {
        let data: Vec<u8> = (0..100u8).collect();
        for split in [0, 1, 3, 7, 8, 9, 15, 16, 17, 99, 100] {
            let mut h = SipHasher13::new(1, 2);
            h.write(&data[..split]);
            h.write(&data[split..]);
            assert_eq!(h.finish(), sip(1, 2, &data), "split {split}");
        }
    }

    #[test]
    fn seed_zero_key_gives_cpython_hash() {
        // PYTHONHASHSEED=0 python3.14 -c 'print(hash(b"abc"))'
        assert_eq!(fix(sip(0, 0, b"abc") as i64), -4594863902769663758);
        // The LCG key derivation: PYTHONHASHSEED=1 / 12345.
        let (k0, k1) = key_from_seed(1);
        assert_eq!(fix(sip(k0, k1, b"abc") as i64), -4667308735975688587);
        let (k0, k1) = key_from_seed(12345);
        assert_eq!(fix(sip(k0, k1, b"abc") as i64), 2962436275791859092);
    }

    #[test]
    fn numeric_hashes() {
        // Values from python3.14: hash(x).
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64((1 << 61) - 1), 0);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_i64(-(1 << 61)), -2);
        assert_eq!(hash_i64(1 << 62), 2);
        assert_eq!(hash_i64(-(1 << 62)), -2);
        assert_eq!(hash_f64(1.5), Some(1152921504606846977));
        assert_eq!(hash_f64(-1.5), Some(-1152921504606846977));
        assert_eq!(hash_f64(1e300), Some(1224995262755759164));
        assert_eq!(hash_f64(1e-300), Some(482449582752280463));
        assert_eq!(hash_f64(0.1), Some(230584300921369408));
        assert_eq!(hash_f64(7.0), Some(7));
        assert_eq!(hash_f64(f64::INFINITY), Some(314159));
        assert_eq!(hash_f64(f64::NEG_INFINITY), Some(-314159));
        assert_eq!(hash_f64(f64::NAN), None);
        assert_eq!(hash_magnitude(false, &[1 << 63]), 4);
        // hash(2**100), hash(-2**100)
        assert_eq!(hash_magnitude(false, &[0, 1 << 36]), 549755813888);
        assert_eq!(hash_magnitude(true, &[0, 1 << 36]), -549755813888);
    }
}
