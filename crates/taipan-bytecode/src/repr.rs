//! Python `repr()` of compile-time constants, for `dis`: the containers and
//! code objects; scalars are `taipan_syntax::literal_repr`'s.

use taipan_syntax::literal_repr::{bytes_repr, complex_repr, float_repr, int_repr, str_repr};

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
        ConstValue::Int(i) => int_repr(i, out),
        ConstValue::Float(f) => float_repr(*f, out),
        ConstValue::Complex { real, imag } => complex_repr(*real, *imag, out),
        ConstValue::Str(s) => str_repr(s, out),
        ConstValue::Bytes(b) => bytes_repr(b, out),
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
