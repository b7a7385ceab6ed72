//! Python `repr()` of compile-time constants, for `dis`.
//!
//! Interim: `taipan_syntax::literal_repr` (being written on another branch)
//! will own the repr of literals; when it lands, [`const_repr`] should call
//! it for the scalar kinds and keep only the containers and code objects.

use std::fmt::Write;

use unicode_general_category::{get_general_category, GeneralCategory};

use crate::code::{CodeObject, ConstValue};

/// `repr(value)` as CPython prints it. Code objects are shown with the
/// address `address` gives them.
pub(crate) fn const_repr(value: &ConstValue, address: &dyn Fn(&CodeObject) -> u64) -> String {
    let mut out = String::new();
    write_repr(&mut out, value, address);
    out
}

fn write_repr(out: &mut String, value: &ConstValue, address: &dyn Fn(&CodeObject) -> u64) {
    match value {
        ConstValue::None => out.push_str("None"),
        ConstValue::Bool(true) => out.push_str("True"),
        ConstValue::Bool(false) => out.push_str("False"),
        ConstValue::Ellipsis => out.push_str("Ellipsis"),
        ConstValue::Int(i) => write!(out, "{i}").unwrap(),
        ConstValue::Float(f) => out.push_str(&float_repr(*f, true)),
        ConstValue::Complex { real, imag } => {
            if *real == 0.0 && real.is_sign_positive() {
                write!(out, "{}j", float_repr(*imag, false)).unwrap();
            } else {
                let imag_text = float_repr(*imag, false);
                let sign = if imag_text.starts_with('-') { "" } else { "+" };
                write!(out, "({}{sign}{imag_text}j)", float_repr(*real, false)).unwrap();
            }
        }
        ConstValue::Str(s) => write_str_repr(out, &s.code_points().collect::<Vec<_>>()),
        ConstValue::Bytes(b) => write_bytes_repr(out, b),
        ConstValue::Tuple(items) => {
            out.push('(');
            write_items(out, items, address);
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        ConstValue::FrozenSet(items) => {
            if items.is_empty() {
                out.push_str("frozenset()");
            } else {
                out.push_str("frozenset({");
                write_items(out, items, address);
                out.push_str("})");
            }
        }
        ConstValue::Slice(parts) => {
            out.push_str("slice(");
            write_items(out, parts.as_slice(), address);
            out.push(')');
        }
        ConstValue::Code(code) => out.push_str(&code_repr(code, address(code))),
    }
}

fn write_items(out: &mut String, items: &[ConstValue], address: &dyn Fn(&CodeObject) -> u64) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_repr(out, item, address);
    }
}

/// `repr(code)`: `<code object NAME at 0xADDRESS, file "FILE", line N>`.
pub(crate) fn code_repr(code: &CodeObject, address: u64) -> String {
    format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        code.name, address, code.filename, code.firstlineno
    )
}

/// `repr(float)` (`add_dot_0`) or a complex component (no `.0`): the
/// shortest digits that round-trip, in fixed notation when the decimal
/// exponent is in -4..16, else scientific with a signed 2+ digit exponent.
fn float_repr(value: f64, add_dot_0: bool) -> String {
    if value.is_nan() {
        return "nan".into();
    }
    if value.is_infinite() {
        return if value > 0.0 { "inf" } else { "-inf" }.into();
    }
    // Rust's `{:e}` gives the shortest round-trip digits: "-1.25e-7".
    let sci = format!("{value:e}");
    let (mantissa, exponent) = sci.split_once('e').unwrap();
    let exponent: i32 = exponent.parse().unwrap();
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(|&c| c != '.').collect();
    // Value is 0.DIGITS * 10**decpt.
    let decpt = exponent + 1;
    let mut out = String::from(sign);
    if (-3..=16).contains(&decpt) {
        if decpt <= 0 {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', (-decpt) as usize));
            out.push_str(&digits);
        } else {
            let point = decpt as usize;
            if digits.len() <= point {
                out.push_str(&digits);
                out.extend(std::iter::repeat_n('0', point - digits.len()));
                if add_dot_0 {
                    out.push_str(".0");
                }
            } else {
                out.push_str(&digits[..point]);
                out.push('.');
                out.push_str(&digits[point..]);
            }
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let exp = decpt - 1;
        let exp_sign = if exp < 0 { '-' } else { '+' };
        write!(out, "e{exp_sign}{:02}", exp.unsigned_abs()).unwrap();
    }
    out
}

/// Python's `str.isprintable` for one code point.
fn is_printable(cp: u32) -> bool {
    if cp == ' ' as u32 {
        return true;
    }
    let Some(c) = char::from_u32(cp) else {
        return false; // a lone surrogate
    };
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

fn write_str_repr(out: &mut String, code_points: &[u32]) {
    let quote = choose_quote(code_points.iter().copied());
    out.push(quote as char);
    for &cp in code_points {
        match cp {
            0x5C => out.push_str("\\\\"),
            0x09 => out.push_str("\\t"),
            0x0A => out.push_str("\\n"),
            0x0D => out.push_str("\\r"),
            _ if cp == quote as u32 => {
                out.push('\\');
                out.push(quote as char);
            }
            _ if cp < 0x20 || cp == 0x7F => write!(out, "\\x{cp:02x}").unwrap(),
            _ if cp < 0x7F => out.push(cp as u8 as char),
            _ if is_printable(cp) => out.push(char::from_u32(cp).unwrap()),
            _ if cp <= 0xFF => write!(out, "\\x{cp:02x}").unwrap(),
            _ if cp <= 0xFFFF => write!(out, "\\u{cp:04x}").unwrap(),
            _ => write!(out, "\\U{cp:08x}").unwrap(),
        }
    }
    out.push(quote as char);
}

/// Single quotes unless the text has a single quote and no double quote.
fn choose_quote(mut code_points: impl Iterator<Item = u32> + Clone) -> u8 {
    let has_single = code_points.clone().any(|c| c == '\'' as u32);
    let has_double = code_points.any(|c| c == '"' as u32);
    if has_single && !has_double {
        b'"'
    } else {
        b'\''
    }
}

fn write_bytes_repr(out: &mut String, bytes: &[u8]) {
    let quote = choose_quote(bytes.iter().map(|&b| b as u32));
    out.push('b');
    out.push(quote as char);
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if b == quote => {
                out.push('\\');
                out.push(quote as char);
            }
            0x20..=0x7E => out.push(b as char),
            _ => write!(out, "\\x{b:02x}").unwrap(),
        }
    }
    out.push(quote as char);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repr(value: ConstValue) -> String {
        const_repr(&value, &|_| 0)
    }

    #[test]
    fn floats() {
        let cases = [
            (1.0, "1.0"),
            (2.5, "2.5"),
            (0.1, "0.1"),
            (1e100, "1e+100"),
            (1e-7, "1e-07"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (-0.0, "-0.0"),
            (123.456, "123.456"),
            (1.5e300, "1.5e+300"),
            (f64::INFINITY, "inf"),
            (f64::NAN, "nan"),
        ];
        for (value, text) in cases {
            assert_eq!(repr(ConstValue::Float(value)), text, "{value}");
        }
    }

    #[test]
    fn complex() {
        let c = |real, imag| repr(ConstValue::Complex { real, imag });
        assert_eq!(c(0.0, 2.0), "2j");
        assert_eq!(c(1.0, 2.0), "(1+2j)");
        assert_eq!(c(1.0, -2.5), "(1-2.5j)");
        assert_eq!(c(-0.0, 1.0), "(-0+1j)");
    }

    #[test]
    fn strings_and_bytes() {
        assert_eq!(repr(ConstValue::Str("it's".into())), "\"it's\"");
        assert_eq!(repr(ConstValue::Str("a'\"".into())), "'a\\'\"'");
        let mut s = taipan_syntax::wtf8::Wtf8Buf::from("\u{7f}\u{e9}\u{1f600}\u{a0}\u{200b}");
        assert!(s.push_code_point(0xD800));
        assert_eq!(
            repr(ConstValue::Str(s)),
            "'\\x7f\u{e9}\u{1f600}\\xa0\\u200b\\ud800'"
        );
        assert_eq!(
            repr(ConstValue::Bytes(b"\x00\xff'".to_vec())),
            "b\"\\x00\\xff'\""
        );
    }

    #[test]
    fn containers() {
        let one = ConstValue::Int(1.into());
        assert_eq!(repr(ConstValue::Tuple(vec![])), "()");
        assert_eq!(repr(ConstValue::Tuple(vec![one.clone()])), "(1,)");
        assert_eq!(repr(ConstValue::FrozenSet(vec![])), "frozenset()");
        assert_eq!(
            repr(ConstValue::Slice(Box::new([
                one,
                ConstValue::None,
                ConstValue::Ellipsis
            ]))),
            "slice(1, None, Ellipsis)"
        );
    }
}
