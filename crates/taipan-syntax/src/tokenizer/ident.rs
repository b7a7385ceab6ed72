//! Names: ASCII fast path, PEP 3131 identifiers (XID_Start/XID_Continue),
//! keyword classification, and the NFKC form the parser binds.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

use super::str_repr::is_printable;
use super::{utf8_len, Lexer};
use crate::error::SyntaxError;
use crate::token::{Pos, Token, TokenKind};

/// The identifier a NAME token's text denotes: its NFKC normalization
/// (PEP 3131), borrowed when the text is already normalized (always for
/// ASCII).
pub fn identifier(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let normalized: String = text.nfkc().collect();
    if normalized == text {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(normalized)
    }
}

/// The length of a string prefix at the start of `rest` (distinct letters
/// among `b r u f t`, any case, then a quote), and the message for letters
/// that cannot be combined (`bu'x'`), as CPython 3.14 words it.
fn string_prefix(rest: &[u8]) -> Option<(usize, Option<&'static str>)> {
    let mut seen = [false; 5];
    for (i, &c) in rest.iter().enumerate() {
        let letter = match c.to_ascii_lowercase() {
            b'b' => 0,
            b'r' => 1,
            b'u' => 2,
            b'f' => 3,
            b't' => 4,
            b'"' | b'\'' if i > 0 => return Some((i, incompatible(seen))),
            _ => return None,
        };
        if seen[letter] {
            return None;
        }
        seen[letter] = true;
    }
    None
}

/// The first incompatible pair among the prefix letters seen (b, r, u, f, t).
fn incompatible([b, r, u, f, t]: [bool; 5]) -> Option<&'static str> {
    let pairs = [
        (u && b, "'u' and 'b' prefixes are incompatible"),
        (u && r, "'u' and 'r' prefixes are incompatible"),
        (u && f, "'u' and 'f' prefixes are incompatible"),
        (u && t, "'u' and 't' prefixes are incompatible"),
        (b && f, "'b' and 'f' prefixes are incompatible"),
        (b && t, "'b' and 't' prefixes are incompatible"),
        (f && t, "'f' and 't' prefixes are incompatible"),
    ];
    pairs.iter().find(|p| p.0).map(|p| p.1)
}

impl Lexer<'_> {
    /// A name, a keyword, or the prefix of a string literal.
    pub(super) fn name_or_string(
        &mut self,
        start: usize,
        begin: Pos,
    ) -> Result<Token, SyntaxError> {
        if let Some((len, incompatible)) = string_prefix(&self.b[start..]) {
            if let Some(msg) = incompatible {
                let col = start - self.line_start;
                return Err(self.error_span(msg.into(), col, col + len));
            }
            return self.string(start, begin, start + len);
        }
        let mut ascii = true;
        loop {
            let c = self.peek();
            if c.is_ascii_alphanumeric() || c == b'_' {
                self.pos += 1;
            } else if c >= 0x80 {
                ascii = false;
                self.pos += utf8_len(c);
            } else {
                break;
            }
        }
        self.pos = self.pos.min(self.b.len());
        if !ascii && !self.listing {
            self.verify_identifier(start)?;
        }
        let text = &self.src[start..self.pos];
        let kind = TokenKind::keyword(text).unwrap_or(TokenKind::Name);
        Ok(self.token(kind, start, begin))
    }

    /// Rejects a name holding a character that cannot be part of one, at
    /// that character.
    fn verify_identifier(&self, start: usize) -> Result<(), SyntaxError> {
        let text = &self.src[start..self.pos];
        for (i, c) in text.char_indices() {
            let ok = if i == 0 {
                c == '_' || unicode_ident::is_xid_start(c)
            } else {
                unicode_ident::is_xid_continue(c)
            };
            if !ok {
                let msg = if is_printable(c) {
                    format!("invalid character '{}' (U+{:04X})", c, c as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                };
                return Err(self.error_before(msg, start + i + c.len_utf8()));
            }
        }
        Ok(())
    }
}
