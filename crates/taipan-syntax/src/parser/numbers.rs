//! NUMBER tokens to constants: ints (arbitrary precision), floats and
//! imaginary literals.

use super::Parser;
use crate::ast::Constant;
use num_bigint::BigInt;
use num_traits::Num;

impl Parser<'_> {
    /// The value of NUMBER token `i`; the tokenizer has checked its syntax.
    pub(super) fn number(&mut self, i: usize) -> Option<Constant> {
        let text = self.text(i);
        match parse_number(text) {
            Some(c) => Some(c),
            None => {
                let r = self.tok_range(i);
                self.raise_syntax("invalid number literal", r)
            }
        }
    }
}

/// Parses the text of a NUMBER token.
pub(super) fn parse_number(text: &str) -> Option<Constant> {
    let clean: std::borrow::Cow<str> = if text.contains('_') {
        text.replace('_', "").into()
    } else {
        text.into()
    };
    let s: &str = &clean;
    let bytes = s.as_bytes();
    if bytes.len() > 1 && bytes[0] == b'0' {
        let radix = match bytes[1] {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            b'b' | b'B' => 2,
            _ => 0,
        };
        if radix != 0 {
            return BigInt::from_str_radix(&s[2..], radix)
                .ok()
                .map(Constant::Int);
        }
    }
    if let Some(imag) = s.strip_suffix(['j', 'J']) {
        return parse_float(imag).map(|imag| Constant::Complex { real: 0.0, imag });
    }
    if s.bytes().all(|b| b.is_ascii_digit()) {
        if s.len() <= 18 {
            return s
                .parse::<i64>()
                .ok()
                .map(|v| Constant::Int(BigInt::from(v)));
        }
        return BigInt::from_str_radix(s, 10).ok().map(Constant::Int);
    }
    parse_float(s).map(Constant::Float)
}

fn parse_float(s: &str) -> Option<f64> {
    s.parse::<f64>().ok()
}
