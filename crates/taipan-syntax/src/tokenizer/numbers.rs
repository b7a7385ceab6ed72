//! Numeric literals: decimal, hexadecimal, octal and binary integers,
//! floats, exponents, imaginary numbers, `_` separators, and CPython's
//! messages (and error positions) for malformed ones.

use super::Lexer;
use crate::error::SyntaxError;
use crate::token::{Pos, Token, TokenKind};

impl Lexer<'_> {
    /// A number starting at `start` (a digit, or `.` before a digit).
    pub(super) fn number(&mut self, start: usize, begin: Pos) -> Result<Token, SyntaxError> {
        let first = self.b[start];
        self.pos = start + 1;
        match first {
            b'.' => self.fraction_and_rest()?,
            b'0' => match self.peek() {
                b'x' | b'X' => self.radix_digits(16, "hexadecimal")?,
                b'o' | b'O' => self.radix_digits(8, "octal")?,
                b'b' | b'B' => self.radix_digits(2, "binary")?,
                _ => self.zero_led_decimal(start)?,
            },
            _ => {
                self.decimal_tail()?;
                self.float_rest()?;
            }
        }
        Ok(self.token(TokenKind::Number, start, begin))
    }

    /// The digits after `0x`, `0o` or `0b`.
    fn radix_digits(&mut self, base: u32, kind: &str) -> Result<(), SyntaxError> {
        self.pos += 1;
        let is_digit = |c: u8| (c as char).is_digit(base);
        loop {
            if self.peek() == b'_' {
                self.pos += 1;
            }
            let c = self.peek();
            if !is_digit(c) {
                return Err(if base != 16 && c.is_ascii_digit() {
                    self.invalid_digit(c, kind)
                } else {
                    self.error_before(format!("invalid {kind} literal"), self.pos)
                });
            }
            while is_digit(self.peek()) {
                self.pos += 1;
            }
            if self.peek() != b'_' {
                break;
            }
        }
        let c = self.peek();
        if c.is_ascii_digit() {
            return Err(self.invalid_digit(c, kind));
        }
        self.end_of_number(kind)
    }

    fn invalid_digit(&self, c: u8, kind: &str) -> SyntaxError {
        self.error_before(
            format!("invalid digit '{}' in {kind} literal", c as char),
            self.pos + 1,
        )
    }

    /// A decimal number whose first digit, `0`, has been consumed: `0`,
    /// `0_0`, floats like `01.5`, but not integers like `012`.
    fn zero_led_decimal(&mut self, start: usize) -> Result<(), SyntaxError> {
        loop {
            if self.peek() == b'_' {
                self.pos += 1;
                if !self.peek().is_ascii_digit() {
                    return Err(self.error_before("invalid decimal literal".into(), self.pos));
                }
            }
            if self.peek() != b'0' {
                break;
            }
            self.pos += 1;
        }
        let zeros_end = self.pos;
        let nonzero = self.peek().is_ascii_digit();
        if nonzero {
            self.pos += 1;
            self.decimal_tail()?;
        }
        match self.peek() {
            b'.' | b'e' | b'E' | b'j' | b'J' => self.float_rest(),
            _ if nonzero && !self.listing => Err(self.error_span(
                "leading zeros in decimal integer literals are not permitted; \
                 use an 0o prefix for octal integers"
                    .into(),
                start - self.line_start,
                zeros_end - self.line_start,
            )),
            _ => self.end_of_number("decimal"),
        }
    }

    /// More digits and `_` separators after a consumed digit.
    fn decimal_tail(&mut self) -> Result<(), SyntaxError> {
        loop {
            while self.peek().is_ascii_digit() {
                self.pos += 1;
            }
            if self.peek() != b'_' {
                return Ok(());
            }
            self.pos += 1;
            if !self.peek().is_ascii_digit() {
                return Err(self.error_before("invalid decimal literal".into(), self.pos));
            }
        }
    }

    /// After the integer part: optional fraction, exponent, imaginary `j`.
    fn float_rest(&mut self) -> Result<(), SyntaxError> {
        if self.peek() == b'.' {
            self.pos += 1;
            return self.fraction_and_rest();
        }
        self.exponent_and_rest()
    }

    /// After a `.`: the fraction digits, then exponent and `j`.
    fn fraction_and_rest(&mut self) -> Result<(), SyntaxError> {
        if self.peek().is_ascii_digit() {
            self.pos += 1;
            self.decimal_tail()?;
        }
        self.exponent_and_rest()
    }

    fn exponent_and_rest(&mut self) -> Result<(), SyntaxError> {
        if matches!(self.peek(), b'e' | b'E') {
            let e = self.pos;
            self.pos += 1;
            if matches!(self.peek(), b'+' | b'-') {
                self.pos += 1;
                if !self.peek().is_ascii_digit() {
                    return Err(self.error_before("invalid decimal literal".into(), self.pos));
                }
            } else if !self.peek().is_ascii_digit() {
                // Not an exponent: the number ends before the `e`.
                self.pos = e;
                return self.end_of_number("decimal");
            }
            self.pos += 1;
            self.decimal_tail()?;
        }
        if matches!(self.peek(), b'j' | b'J') {
            self.pos += 1;
            return self.end_of_number("imaginary");
        }
        self.end_of_number("decimal")
    }

    /// A number must not run into a name (`1abc`), except into the keywords
    /// that may follow one in valid code (`1if x else 2`), which CPython
    /// only warns about. The tokenize module accepts both.
    fn end_of_number(&mut self, kind: &str) -> Result<(), SyntaxError> {
        if self.listing {
            return Ok(());
        }
        let rest = &self.b[self.pos.min(self.b.len())..];
        // The whole keyword must follow, except that CPython only checks
        // the second letter of `if`, `in` and `is`.
        let word = |w: &[u8]| {
            rest.starts_with(w)
                && !rest
                    .get(w.len())
                    .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80)
        };
        let keyword_follows = match rest.first() {
            Some(b'a') => word(b"and"),
            Some(b'e') => word(b"else"),
            Some(b'f') => word(b"for"),
            Some(b'i') => matches!(rest.get(1), Some(b'f' | b'n' | b's')),
            Some(b'o') => word(b"or"),
            Some(b'n') => word(b"not"),
            _ => false,
        };
        if keyword_follows {
            self.warn_before(format!("invalid {kind} literal"), self.pos);
            return Ok(());
        }
        match rest.first() {
            Some(&c) if c.is_ascii_alphanumeric() || c == b'_' => {
                Err(self.error_before(format!("invalid {kind} literal"), self.pos))
            }
            _ => Ok(()),
        }
    }
}
