//! The arbitrary-precision integer behind heap `int`s. Everything `int`
//! needs from a bignum library goes through `Big`'s methods, so that
//! `num-bigint` can be swapped for a faster library without touching the
//! `int` semantics in `int.rs`.

use std::cmp::Ordering;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Debug, Default)]
pub struct Big(BigInt);

impl Big {
    pub fn from_i64(i: i64) -> Big {
        Big(BigInt::from(i))
    }

    pub fn from_i128(i: i128) -> Big {
        Big(BigInt::from(i))
    }

    pub fn from_u64(u: u64) -> Big {
        Big(BigInt::from(u))
    }

    pub fn to_i64(&self) -> Option<i64> {
        self.0.to_i64()
    }

    pub fn to_u64(&self) -> Option<u64> {
        self.0.to_u64()
    }

    pub fn is_zero(&self) -> bool {
        self.0.is_zero()
    }

    pub fn is_negative(&self) -> bool {
        self.0.sign() == Sign::Minus
    }

    /// Number of bits of the magnitude (0 for zero).
    pub fn bits(&self) -> u64 {
        self.0.bits()
    }

    /// Whether bit `n` of the magnitude is set.
    pub fn magnitude_bit(&self, n: u64) -> bool {
        self.0.magnitude().bit(n)
    }

    /// Little-endian u64 digits of the magnitude.
    pub fn magnitude_digits(&self) -> Vec<u64> {
        self.0.magnitude().to_u64_digits()
    }

    /// Number of one bits in the magnitude.
    pub fn count_ones(&self) -> u64 {
        self.0.magnitude().count_ones()
    }

    /// Little-endian two's-complement bytes (minimal length; at least one).
    pub fn to_signed_bytes_le(&self) -> Vec<u8> {
        self.0.to_signed_bytes_le()
    }

    /// Little-endian bytes of the magnitude (empty for zero).
    pub fn magnitude_bytes_le(&self) -> Vec<u8> {
        if self.is_zero() {
            return Vec::new();
        }
        self.0.magnitude().to_bytes_le()
    }

    /// The int of little-endian bytes, two's complement when `signed`.
    pub fn from_bytes_le(bytes: &[u8], signed: bool) -> Big {
        if signed {
            Big(BigInt::from_signed_bytes_le(bytes))
        } else {
            Big(BigInt::from_bytes_le(Sign::Plus, bytes))
        }
    }

    pub fn add(&self, other: &Big) -> Big {
        Big(&self.0 + &other.0)
    }

    pub fn sub(&self, other: &Big) -> Big {
        Big(&self.0 - &other.0)
    }

    pub fn mul(&self, other: &Big) -> Big {
        Big(&self.0 * &other.0)
    }

    pub fn neg(&self) -> Big {
        Big(-&self.0)
    }

    pub fn abs(&self) -> Big {
        Big(self.0.abs())
    }

    /// Floor division and the remainder with the divisor's sign.
    /// `other` must be nonzero.
    pub fn div_mod_floor(&self, other: &Big) -> (Big, Big) {
        let (q, r) = self.0.div_mod_floor(&other.0);
        (Big(q), Big(r))
    }

    pub fn pow(&self, exp: u32) -> Big {
        Big(num_traits::Pow::pow(&self.0, exp))
    }

    /// `self ** exp % modulus` for nonnegative `exp` and positive
    /// `modulus`; the result is in `0..modulus`.
    pub fn modpow(&self, exp: &Big, modulus: &Big) -> Big {
        let base = self.0.mod_floor(&modulus.0);
        Big(base.modpow(&exp.0, &modulus.0))
    }

    /// The inverse of `self` modulo positive `modulus`, if it exists.
    pub fn modinv(&self, modulus: &Big) -> Option<Big> {
        let a = self.0.mod_floor(&modulus.0);
        let e = a.extended_gcd(&modulus.0);
        if e.gcd != BigInt::from(1) {
            return None;
        }
        Some(Big(e.x.mod_floor(&modulus.0)))
    }

    pub fn shl(&self, n: u64) -> Big {
        Big(&self.0 << n)
    }

    /// Arithmetic shift: rounds towards negative infinity.
    pub fn shr(&self, n: u64) -> Big {
        if self.is_negative() {
            // -((-x - 1) >> n) - 1 floors for negative x.
            let m: BigInt = (-&self.0) - 1;
            let shifted: BigInt = m >> n;
            Big(-shifted - 1)
        } else {
            Big(&self.0 >> n)
        }
    }

    /// Two's-complement bitwise operations, as Python defines them.
    pub fn and(&self, other: &Big) -> Big {
        Big(&self.0 & &other.0)
    }

    pub fn or(&self, other: &Big) -> Big {
        Big(&self.0 | &other.0)
    }

    pub fn xor(&self, other: &Big) -> Big {
        Big(&self.0 ^ &other.0)
    }

    pub fn cmp_i64(&self, other: i64) -> Ordering {
        self.0.cmp(&BigInt::from(other))
    }

    pub fn to_str_radix(&self, radix: u32) -> String {
        self.0.to_str_radix(radix)
    }

    /// Parses ASCII digits (no sign, no underscores) in `radix`.
    pub fn parse_digits(digits: &[u8], radix: u32) -> Option<Big> {
        BigInt::parse_bytes(digits, radix).map(Big)
    }

    /// The integer part of a finite float (truncated towards zero).
    pub fn from_f64_trunc(v: f64) -> Big {
        let (negative, mantissa, exp) = decompose(v.trunc());
        let m = BigInt::from(mantissa);
        let m = if exp >= 0 {
            m << exp as u64
        } else {
            m >> (-exp) as u64
        };
        Big(if negative { -m } else { m })
    }

    /// `self / other` correctly rounded (half to even); `None` when the
    /// magnitude overflows a float. `other` must be nonzero.
    pub fn true_div(&self, other: &Big) -> Option<f64> {
        let negative = self.is_negative() != other.is_negative();
        let a = self.0.magnitude();
        let b = other.0.magnitude();
        if a.is_zero() {
            return Some(if negative { -0.0 } else { 0.0 });
        }
        // Scale so that the quotient has 55 or 56 bits (53 + guard +
        // round), then round with the remainder as sticky bit.
        let shift = 55 + b.bits() as i64 - a.bits() as i64;
        let (num, den) = if shift >= 0 {
            (a << shift as u64, b.clone())
        } else {
            (a.clone(), b << (-shift) as u64)
        };
        let (q, r) = num.div_rem(&den);
        // q < 2**57, fits in u64.
        let q = q.to_u64().unwrap_or(u64::MAX);
        let value = round_scaled(q, !r.is_zero(), -shift)?;
        Some(if negative { -value } else { value })
    }

    /// Correctly rounded conversion; `None` on overflow.
    pub fn to_f64(&self) -> Option<f64> {
        self.true_div(&Big::from_i64(1))
    }
}

/// `v = (-1)**negative * mantissa * 2**exp` for a finite float.
pub fn decompose(v: f64) -> (bool, u64, i64) {
    let bits = v.to_bits();
    let negative = bits >> 63 != 0;
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    if biased == 0 {
        (negative, frac, -1074)
    } else {
        (negative, frac | (1 << 52), biased - 1075)
    }
}

/// Rounds `(q + f) * 2**exp` to the nearest float, ties to even, where
/// `0 <= f < 1` and `sticky` says whether `f > 0`. `q` carries at least 55
/// bits, so the 53 kept bits have a guard bit and a round bit below them.
/// `None` on overflow.
fn round_scaled(q: u64, sticky: bool, exp: i64) -> Option<f64> {
    debug_assert!(q >= 1 << 54);
    let q_bits = 64 - q.leading_zeros() as i64;
    // Exponent of the leading bit.
    let top = q_bits - 1 + exp;
    if top > 1023 {
        return None;
    }
    // The float keeps 53 bits, fewer when subnormal (the lowest
    // representable bit is 2**-1074).
    let lowest_kept = (top - 52).max(-1074);
    let drop = lowest_kept - exp; // >= 2 because q has >= 55 bits
    let m = if drop >= 64 {
        // q < 2**57 lies below half of the smallest subnormal.
        0
    } else {
        let kept = q >> drop;
        let rest = q & ((1u64 << drop) - 1);
        let half = 1u64 << (drop - 1);
        let round_up = rest > half || (rest == half && (sticky || kept & 1 == 1));
        kept + round_up as u64
    };
    // m <= 2**53, so m * 2**lowest_kept is exact unless it overflows.
    let value = scale(m, lowest_kept);
    value.is_finite().then_some(value)
}

/// `m * 2**e` for the `m <= 2**53`, `-1074 <= e <= 971` that `round_scaled`
/// produces; exact whenever the result is representable. Powers of two are
/// built from their bit patterns (no libm), in two steps for subnormals.
fn scale(m: u64, e: i64) -> f64 {
    let pow2 = |e: i64| f64::from_bits(((e + 1023) as u64) << 52);
    if e >= -1022 {
        (m as f64) * pow2(e)
    } else {
        (m as f64) * pow2(e + 64) * pow2(-64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> Big {
        Big::parse_digits(s.as_bytes(), 10).unwrap()
    }

    #[test]
    fn shifts_floor() {
        assert_eq!(Big::from_i64(-5).shr(1), Big::from_i64(-3));
        assert_eq!(Big::from_i64(-4).shr(1), Big::from_i64(-2));
        assert_eq!(Big::from_i64(5).shr(1), Big::from_i64(2));
        assert_eq!(Big::from_i64(-1).shr(100), Big::from_i64(-1));
    }

    #[test]
    fn true_division_rounds_correctly() {
        let one = Big::from_i64(1);
        // (2**53+1)/1 rounds to even.
        assert_eq!(
            Big::from_i64((1 << 53) + 1).true_div(&one),
            Some(9007199254740992.0)
        );
        // (2**54+3)/2 -> 9007199254740994.0
        assert_eq!(
            Big::from_i64((1 << 54) + 3).true_div(&Big::from_i64(2)),
            Some(9007199254740994.0)
        );
        assert_eq!(big("1").true_div(&Big::from_i64(3)), Some(1.0 / 3.0));
        let e30 = Big::from_i64(10).pow(30);
        assert_eq!(
            e30.true_div(&Big::from_i64(7)),
            Some(1.4285714285714285e+29)
        );
        assert_eq!(Big::from_i64(10).pow(400).true_div(&one), None);
        assert_eq!(one.true_div(&Big::from_i64(10).pow(400)), Some(0.0));
        // Largest finite and the first overflow: (2**1024 - 2**970) overflows.
        let two = Big::from_i64(2);
        let max = two.pow(1024).sub(&two.pow(971));
        assert_eq!(max.to_f64(), Some(f64::MAX));
        assert_eq!(two.pow(1024).sub(&two.pow(970)).to_f64(), None);
        // Subnormals.
        assert_eq!(one.true_div(&two.pow(1074)), Some(5e-324));
        assert_eq!(one.true_div(&two.pow(1075)), Some(0.0));
        assert_eq!(Big::from_i64(3).true_div(&two.pow(1076)), Some(5e-324));
        assert_eq!(
            Big::from_i64(-1).true_div(&Big::from_i64(3)),
            Some(-1.0 / 3.0)
        );
    }

    #[test]
    fn modular_inverse() {
        assert_eq!(
            Big::from_i64(3).modinv(&Big::from_i64(7)),
            Some(Big::from_i64(5))
        );
        assert_eq!(Big::from_i64(2).modinv(&Big::from_i64(4)), None);
    }
}
