//! Compile-time constants: the values that end up in `co_consts`, and their
//! `repr` as `dis` prints it.

use crate::code::CodeObject;
use num_bigint::BigInt;
use std::fmt::{self, Write};
use std::rc::Rc;
use taipan_syntax::ast;
use taipan_syntax::wtf8::Wtf8Buf;

/// A value in `co_consts`.
#[derive(Clone, Debug)]
pub enum ConstValue {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Complex { real: f64, imag: f64 },
    Str(Wtf8Buf),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstValue>),
    FrozenSet(Vec<ConstValue>),
    Slice(Box<[ConstValue; 3]>),
    Code(Rc<CodeObject>),
}

impl ConstValue {
    pub fn from_ast(c: &ast::Constant) -> ConstValue {
        match c {
            ast::Constant::None => ConstValue::None,
            ast::Constant::Bool(b) => ConstValue::Bool(*b),
            ast::Constant::Ellipsis => ConstValue::Ellipsis,
            ast::Constant::Int(i) => ConstValue::Int(i.clone()),
            ast::Constant::Float(f) => ConstValue::Float(*f),
            ast::Constant::Complex { real, imag } => ConstValue::Complex {
                real: *real,
                imag: *imag,
            },
            ast::Constant::Str(s) => ConstValue::Str(s.clone()),
            ast::Constant::Bytes(b) => ConstValue::Bytes(b.clone()),
            ast::Constant::Tuple(t) => ConstValue::Tuple(t.iter().map(Self::from_ast).collect()),
        }
    }

    pub fn str(s: &str) -> ConstValue {
        let mut w = Wtf8Buf::new();
        w.push_str(s);
        ConstValue::Str(w)
    }

    /// Whether two constants may share one `co_consts` slot: same type and
    /// value, telling `0.0` from `-0.0` and `1` from `1.0` and `True`
    /// (CPython's `_PyCode_ConstantKey`).
    pub fn same(&self, other: &ConstValue) -> bool {
        use ConstValue::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Complex { real: a, imag: b }, Complex { real: c, imag: d }) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) | (FrozenSet(a), FrozenSet(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.same(y))
            }
            (Slice(a), Slice(b)) => a.iter().zip(b.iter()).all(|(x, y)| x.same(y)),
            (Code(a), Code(b)) => Rc::ptr_eq(a, b) || a.same(b),
            _ => false,
        }
    }

    /// Python truthiness, for constant conditions.
    pub fn is_true(&self) -> bool {
        use num_traits::Zero;
        match self {
            ConstValue::None => false,
            ConstValue::Bool(b) => *b,
            ConstValue::Ellipsis | ConstValue::Code(_) | ConstValue::Slice(_) => true,
            ConstValue::Int(i) => !i.is_zero(),
            ConstValue::Float(f) => *f != 0.0,
            ConstValue::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
            ConstValue::Str(s) => !s.is_empty(),
            ConstValue::Bytes(b) => !b.is_empty(),
            ConstValue::Tuple(t) | ConstValue::FrozenSet(t) => !t.is_empty(),
        }
    }
}

/// `repr(x)` of a float, as Python writes it (shortest round-trip digits,
/// exponent form outside 1e-4 <= |x| < 1e16).
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    // `{:e}` gives the shortest round-trip digits: d.ddddde±x.
    let sci = format!("{:e}", x);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            for _ in 0..(-exp - 1) {
                out.push('0');
            }
            out.push_str(&digits);
        } else {
            let point = exp as usize + 1;
            if digits.len() <= point {
                out.push_str(&digits);
                for _ in digits.len()..point {
                    out.push('0');
                }
                out.push_str(".0");
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
        let _ = write!(out, "e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
    out
}

fn complex_part(x: f64) -> String {
    // Python prints integral parts of complex numbers without ".0".
    let r = float_repr(x);
    r.strip_suffix(".0").map(str::to_string).unwrap_or(r)
}

fn is_printable(c: char) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory::*};
    if c == ' ' {
        return true;
    }
    !matches!(
        get_general_category(c),
        Control
            | Format
            | Surrogate
            | PrivateUse
            | Unassigned
            | LineSeparator
            | ParagraphSeparator
            | SpaceSeparator
    )
}

/// `repr()` of a str: quotes chosen as Python does, escapes for the unprintable.
pub fn str_repr(s: &Wtf8Buf) -> String {
    let cps: Vec<u32> = s.code_points().collect();
    let has_single = cps.contains(&('\'' as u32));
    let has_double = cps.contains(&('"' as u32));
    let quote = if has_single && !has_double { '"' } else { '\'' };
    let mut out = String::new();
    out.push(quote);
    for cp in cps {
        match char::from_u32(cp) {
            Some(c) if c == quote || c == '\\' => {
                out.push('\\');
                out.push(c);
            }
            Some('\n') => out.push_str("\\n"),
            Some('\r') => out.push_str("\\r"),
            Some('\t') => out.push_str("\\t"),
            Some(c) if is_printable(c) => out.push(c),
            _ if cp < 0x100 => {
                let _ = write!(out, "\\x{cp:02x}");
            }
            _ if cp < 0x10000 => {
                let _ = write!(out, "\\u{cp:04x}");
            }
            _ => {
                let _ = write!(out, "\\U{cp:08x}");
            }
        }
    }
    out.push(quote);
    out
}

/// `repr()` of bytes.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(c as char),
            _ => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote);
    out
}

impl fmt::Display for ConstValue {
    /// The `repr()` of the constant.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConstValue::None => f.write_str("None"),
            ConstValue::Bool(true) => f.write_str("True"),
            ConstValue::Bool(false) => f.write_str("False"),
            ConstValue::Ellipsis => f.write_str("Ellipsis"),
            ConstValue::Int(i) => write!(f, "{i}"),
            ConstValue::Float(x) => f.write_str(&float_repr(*x)),
            ConstValue::Complex { real, imag } => {
                if *real == 0.0 && real.is_sign_positive() {
                    write!(f, "{}j", complex_part(*imag))
                } else {
                    let sign = if imag.is_sign_negative() && !imag.is_nan() {
                        ""
                    } else {
                        "+"
                    };
                    write!(
                        f,
                        "({}{}{}j)",
                        complex_part(*real),
                        sign,
                        complex_part(*imag)
                    )
                }
            }
            ConstValue::Str(s) => f.write_str(&str_repr(s)),
            ConstValue::Bytes(b) => f.write_str(&bytes_repr(b)),
            ConstValue::Tuple(items) => {
                f.write_str("(")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{item}")?;
                }
                if items.len() == 1 {
                    f.write_str(",")?;
                }
                f.write_str(")")
            }
            ConstValue::FrozenSet(items) => {
                f.write_str("frozenset({")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_str("})")
            }
            ConstValue::Slice(parts) => {
                write!(f, "slice({}, {}, {})", parts[0], parts[1], parts[2])
            }
            ConstValue::Code(code) => write!(
                f,
                "<code object {} at 0x..., file \"{}\", line {}>",
                code.name, code.filename, code.firstlineno
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_python() {
        assert_eq!(float_repr(1.5), "1.5");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(123456789012345.0), "123456789012345.0");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(0.00001), "1e-05");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(-2.5e-300), "-2.5e-300");
        assert_eq!(float_repr(100.0), "100.0");
    }

    #[test]
    fn strings_print_like_python() {
        let mut w = Wtf8Buf::new();
        w.push_str("it's\n\u{7f}é");
        assert_eq!(str_repr(&w), "\"it's\\n\\x7fé\"");
        assert_eq!(bytes_repr(b"a'\x00"), "b\"a'\\x00\"");
    }
}
