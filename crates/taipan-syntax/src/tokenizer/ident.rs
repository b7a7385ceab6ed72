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

/// The length of a string prefix (`rb`, `f`, `T`, ...) at the start of
/// `rest` when a quote follows it.
fn string_prefix(rest: &[u8]) -> Option<usize> {
    let lower = |i: usize| rest.get(i).map(u8::to_ascii_lowercase);
    let is_quote = |i: usize| matches!(rest.get(i), Some(b'"' | b'\''));
    match (lower(0)?, lower(1)) {
        (b'r' | b'u' | b'b' | b'f' | b't', _) if is_quote(1) => Some(1),
        (b'b', Some(b'r')) | (b'r', Some(b'b' | b'f' | b't')) | (b'f' | b't', Some(b'r'))
            if is_quote(2) =>
        {
            Some(2)
        }
        _ => None,
    }
}

impl Lexer<'_> {
    /// A name, a keyword, or the prefix of a string literal.
    pub(super) fn name_or_string(
        &mut self,
        start: usize,
        begin: Pos,
    ) -> Result<Token, SyntaxError> {
        if let Some(len) = string_prefix(&self.b[start..]) {
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
