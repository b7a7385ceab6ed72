//! Python's `repr` of the constant types: `int`, `float`, `complex`, `str`,
//! `bytes`, `bool`, `None`, `Ellipsis` and tuples of them, character for
//! character as CPython 3.14 prints them. `ast.dump` prints constants with
//! `repr`, and the VM's `repr` of these types is the same text.
//!
//! Every function appends to a `String` so that callers building larger
//! texts (a dump, a container's repr) allocate once.

use crate::ast::Constant;
use crate::wtf8::Wtf8Buf;
use num_bigint::BigInt;
use std::fmt::Write;
use unicode_general_category::{get_general_category, GeneralCategory};

/// Appends `repr(value)`.
pub fn constant_repr(value: &Constant, out: &mut String) {
    match value {
        Constant::None => out.push_str("None"),
        Constant::Bool(true) => out.push_str("True"),
        Constant::Bool(false) => out.push_str("False"),
        Constant::Ellipsis => out.push_str("Ellipsis"),
        Constant::Int(i) => int_repr(i, out),
        Constant::Float(f) => float_repr(*f, out),
        Constant::Complex { real, imag } => complex_repr(*real, *imag, out),
        Constant::Str(s) => str_repr(s, out),
        Constant::Bytes(b) => bytes_repr(b, out),
        Constant::Tuple(items) => {
            out.push('(');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                constant_repr(item, out);
            }
            // A one-element tuple needs its trailing comma.
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
    }
}

/// Appends `repr(i)`: the decimal digits.
pub fn int_repr(i: &BigInt, out: &mut String) {
    // Writing into a String cannot fail.
    let _ = write!(out, "{i}");
}

/// Appends `repr(x)` for a float: the shortest digits that round-trip,
/// `1e+16`/`1e-05` style outside [1e-4, 1e16), always with `.0` or an
/// exponent so that it reads back as a float.
pub fn float_repr(x: f64, out: &mut String) {
    format_float(x, true, false, out);
}

/// Appends `repr(complex(real, imag))`.
pub fn complex_repr(real: f64, imag: f64, out: &mut String) {
    // A real part of +0.0 is left out, parentheses and all; -0.0 is kept.
    if real == 0.0 && real.is_sign_positive() {
        format_float(imag, false, false, out);
        out.push('j');
    } else {
        out.push('(');
        format_float(real, false, false, out);
        format_float(imag, false, true, out);
        out.push_str("j)");
    }
}

/// CPython's `float_repr_style = 'short'` formatting (format code `r`).
/// `add_dot_0` appends `.0` to integral values in positional notation
/// (float repr does, the parts of a complex repr do not); `always_sign`
/// writes `+` before non-negative values (the imaginary part of a complex).
fn format_float(x: f64, add_dot_0: bool, always_sign: bool, out: &mut String) {
    if x.is_nan() {
        // The sign of a NaN is never shown.
        out.push_str(if always_sign { "+nan" } else { "nan" });
        return;
    }
    if x.is_sign_negative() {
        out.push('-');
    } else if always_sign {
        out.push('+');
    }
    if x.is_infinite() {
        out.push_str("inf");
        return;
    }
    // Rust's `{:e}` without a precision prints the shortest digit string
    // that round-trips, as `d[.ddd]e<exp>`, which is what David Gay's mode 0
    // gives CPython.
    let x = x.abs();
    let mut sci = StackStr::new();
    let _ = write!(sci, "{x:e}");
    // Rust breaks a tie between two shortest candidates upwards, CPython
    // towards the even digit. An odd last digit may be such a tie: the
    // correctly rounded (ties-to-even) string of the same length is
    // CPython's choice whenever it also reads back as `x`.
    let text = sci.as_str();
    let ndigits = text.find('e').unwrap_or(text.len()) - usize::from(text.contains('.'));
    if text.as_bytes()[ndigits - 1 + usize::from(ndigits > 1)] % 2 == 1 {
        let mut exact = StackStr::new();
        let _ = write!(exact, "{x:.*e}", ndigits - 1);
        if exact.as_str().parse::<f64>() == Ok(x) {
            sci = exact;
        }
    }
    let text = sci.as_str();
    let (mantissa, exp) = text.split_once('e').unwrap_or((text, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut digits = StackStr::new();
    for part in mantissa.split('.') {
        digits.push_str(part);
    }
    let digits = digits.as_str();
    // The decimal point sits after `decpt` digits: value = 0.DIGITS * 10**decpt.
    let decpt = exp + 1;
    if !(-4 < decpt && decpt <= 16) {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let _ = write!(out, "e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    } else if decpt <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-decpt) as usize));
        out.push_str(digits);
    } else {
        let decpt = decpt as usize;
        if digits.len() > decpt {
            out.push_str(&digits[..decpt]);
            out.push('.');
            out.push_str(&digits[decpt..]);
        } else {
            out.push_str(digits);
            out.extend(std::iter::repeat_n('0', decpt - digits.len()));
            if add_dot_0 {
                out.push_str(".0");
            }
        }
    }
}

/// A short string on the stack: float formatting needs no allocation.
struct StackStr {
    bytes: [u8; 40],
    len: usize,
}

impl StackStr {
    fn new() -> StackStr {
        StackStr {
            bytes: [0; 40],
            len: 0,
        }
    }

    fn push_str(&mut self, s: &str) {
        let end = (self.len + s.len()).min(self.bytes.len());
        self.bytes[self.len..end].copy_from_slice(&s.as_bytes()[..end - self.len]);
        self.len = end;
    }

    fn as_str(&self) -> &str {
        // Only whole ASCII strings are ever pushed.
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or("")
    }
}

impl std::fmt::Write for StackStr {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        if self.len + s.len() > self.bytes.len() {
            return Err(std::fmt::Error);
        }
        self.push_str(s);
        Ok(())
    }
}

/// Whether `str.isprintable()` holds for the code point: everything except
/// the "Other" and "Separator" categories, with the ASCII space an exception.
pub fn is_printable(cp: u32) -> bool {
    if cp == 0x20 {
        return true;
    }
    let Some(c) = char::from_u32(cp) else {
        // Lone surrogates (category Cs).
        return false;
    };
    if c.is_ascii() {
        return (0x21..0x7F).contains(&cp);
    }
    !matches!(
        get_general_category(c),
        GeneralCategory::Control
            | GeneralCategory::Format
            | GeneralCategory::Surrogate
            | GeneralCategory::PrivateUse
            | GeneralCategory::Unassigned
            | GeneralCategory::LineSeparator
            | GeneralCategory::ParagraphSeparator
            | GeneralCategory::SpaceSeparator
    )
}

/// Appends `repr(s)` for a str that may hold lone surrogates.
pub fn str_repr(s: &Wtf8Buf, out: &mut String) {
    match s.as_str() {
        Some(text) => str_repr_utf8(text, out),
        None => str_repr_code_points(s.as_bytes(), s.code_points(), out),
    }
}

/// Appends `repr(s)` for a str without surrogates.
pub fn str_repr_utf8(s: &str, out: &mut String) {
    str_repr_code_points(s.as_bytes(), s.chars().map(u32::from), out);
}

/// `bytes` is the (generalized) UTF-8 of `cps`; quotes are ASCII, so the
/// quote is chosen from the bytes.
fn str_repr_code_points(bytes: &[u8], cps: impl Iterator<Item = u32>, out: &mut String) {
    let quote = choose_quote(bytes.iter().copied());
    out.reserve(bytes.len() + 2);
    out.push(quote as char);
    for cp in cps {
        match cp {
            0x5C => out.push_str("\\\\"),
            0x09 => out.push_str("\\t"),
            0x0A => out.push_str("\\n"),
            0x0D => out.push_str("\\r"),
            _ if cp == quote as u32 => {
                out.push('\\');
                out.push(quote as char);
            }
            _ if is_printable(cp) => {
                // Printable implies a valid scalar value.
                out.push(char::from_u32(cp).unwrap_or(char::REPLACEMENT_CHARACTER));
            }
            0..=0xFF => {
                let _ = write!(out, "\\x{cp:02x}");
            }
            0x100..=0xFFFF => {
                let _ = write!(out, "\\u{cp:04x}");
            }
            _ => {
                let _ = write!(out, "\\U{cp:08x}");
            }
        }
    }
    out.push(quote as char);
}

/// Single quotes, unless the text holds a single quote and no double quote.
fn choose_quote(ascii: impl Iterator<Item = u8>) -> u8 {
    let (mut single, mut double) = (false, false);
    for b in ascii {
        single |= b == b'\'';
        double |= b == b'"';
    }
    if single && !double {
        b'"'
    } else {
        b'\''
    }
}

/// Appends `repr(b)` for a bytes object.
pub fn bytes_repr(b: &[u8], out: &mut String) {
    let quote = choose_quote(b.iter().copied());
    out.reserve(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if byte == quote => {
                out.push('\\');
                out.push(quote as char);
            }
            0x20..=0x7E => out.push(byte as char),
            _ => {
                let _ = write!(out, "\\x{byte:02x}");
            }
        }
    }
    out.push(quote as char);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn float(x: f64) -> String {
        let mut s = String::new();
        float_repr(x, &mut s);
        s
    }

    fn complex(re: f64, im: f64) -> String {
        let mut s = String::new();
        complex_repr(re, im, &mut s);
        s
    }

    fn string(s: &str) -> String {
        let mut out = String::new();
        str_repr_utf8(s, &mut out);
        out
    }

    fn bytes(b: &[u8]) -> String {
        let mut out = String::new();
        bytes_repr(b, &mut out);
        out
    }

    // Every expected text below was printed by CPython 3.14's repr().
    #[test]
    // The ties below need every digit to be exact.
    #[allow(clippy::excessive_precision)]
    fn floats() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1.5, "1.5"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (1.234e16, "1.234e+16"),
            (1e-4, "0.0001"),
            (1e-5, "1e-05"),
            (1.5e-5, "1.5e-05"),
            (0.00012, "0.00012"),
            (123.456, "123.456"),
            (1e100, "1e+100"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (0.30000000000000004, "0.30000000000000004"),
            (1.0 / 3.0, "0.3333333333333333"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (123456789012345680.0, "1.2345678901234568e+17"),
            // Ties between two shortest strings go to the even digit.
            (641832080069534.25, "641832080069534.2"),
            (88347090760642.625, "88347090760642.62"),
        ];
        for &(x, want) in cases {
            assert_eq!(float(x), want, "repr of {x:?}");
        }
    }

    #[test]
    fn complexes() {
        assert_eq!(complex(0.0, 1.0), "1j");
        assert_eq!(complex(0.0, 1.5), "1.5j");
        assert_eq!(complex(0.0, -0.0), "-0j");
        assert_eq!(complex(-0.0, 1.0), "(-0+1j)");
        assert_eq!(complex(-0.0, -0.0), "(-0-0j)");
        assert_eq!(complex(1.0, 2.0), "(1+2j)");
        assert_eq!(complex(1.0, -f64::NAN), "(1+nanj)");
        assert_eq!(complex(f64::INFINITY, f64::NEG_INFINITY), "(inf-infj)");
        assert_eq!(complex(0.0, f64::INFINITY), "infj");
        assert_eq!(complex(0.0, 1e16), "1e+16j");
        assert_eq!(complex(1e16, 1e-5), "(1e+16+1e-05j)");
    }

    #[test]
    fn strings() {
        assert_eq!(string(""), "''");
        assert_eq!(string("abc"), "'abc'");
        assert_eq!(string("it's"), "\"it's\"");
        assert_eq!(string("'\""), "'\\'\"'");
        assert_eq!(string("\"q\""), "'\"q\"'");
        assert_eq!(string("a\nb\tc\rd\\"), "'a\\nb\\tc\\rd\\\\'");
        assert_eq!(string("\0\x1f\x7f"), "'\\x00\\x1f\\x7f'");
        assert_eq!(string("\u{a0}\u{ad}é"), "'\\xa0\\xadé'");
        assert_eq!(
            string("\u{200b}\u{2028}\u{3000}"),
            "'\\u200b\\u2028\\u3000'"
        );
        assert_eq!(string("\u{e000}\u{10ffff}😀"), "'\\ue000\\U0010ffff😀'");
        assert_eq!(string("\u{0378}"), "'\\u0378'");
        let mut s = Wtf8Buf::from("a");
        s.push_code_point(0xDC80);
        let mut out = String::new();
        str_repr(&s, &mut out);
        assert_eq!(out, "'a\\udc80'");
    }

    #[test]
    fn bytes_literals() {
        assert_eq!(bytes(b""), "b''");
        assert_eq!(bytes(b"ab'"), "b\"ab'\"");
        assert_eq!(bytes(b"'\""), "b'\\'\"'");
        assert_eq!(bytes(b"\x00\n\x7f\xff\\"), "b'\\x00\\n\\x7f\\xff\\\\'");
    }

    #[test]
    fn constants() {
        let mut out = String::new();
        let tuple = Constant::Tuple(vec![
            Constant::Int(BigInt::from(-12345678901234567890i128)),
            Constant::Tuple(vec![Constant::None]),
            Constant::Tuple(vec![]),
            Constant::Bool(true),
            Constant::Ellipsis,
        ]);
        constant_repr(&tuple, &mut out);
        assert_eq!(out, "(-12345678901234567890, (None,), (), True, Ellipsis)");
    }
}
