//! `python -m tokenize -e FILE`, reproduced: the exact listing CPython's
//! tokenize module prints for a file, or the error that stops it.

use std::fmt::Write;

use super::source::decode;
use super::str_repr::py_repr;
use super::Lexer;
use crate::error::SyntaxError;
use crate::token::{Token, TokenKind};

/// The output of `python3.14 -m tokenize -e` for a file with these bytes:
/// ENCODING first, then every token (COMMENT and NL included) with its
/// exact type name, its span (columns in characters), and the repr of its
/// text, laid out as tokenize's `%-20s%-15s%-15r`.
///
/// Input that tokenize rejects gives the error (what tokenize prints before
/// failing is not reproduced). Like tokenize, and unlike the compiler, this
/// accepts numbers running into names, invalid characters in names, leading
/// zeros and unmatched closing brackets.
pub fn token_listing(source_bytes: &[u8]) -> Result<String, SyntaxError> {
    let decoded = decode(source_bytes, None)?;
    let text = decoded.text.as_str();
    let mut out = String::with_capacity(text.len() * 8);
    let mut repr = String::new();
    py_repr(&decoded.encoding, &mut repr);
    line(&mut out, "0,0-0,0:", "ENCODING", &repr);
    let mut lexer = Lexer::new(text, true);
    let mut range = String::new();
    loop {
        let token = lexer.next_token()?;
        range.clear();
        let (begin_col, mut end_col) = columns(text, &token);
        let token_text = token.text(text);
        if matches!(token.kind, TokenKind::Newline | TokenKind::Nl) && token_text.is_empty() {
            // The implicit line end at EOF is reported one column wide.
            end_col += 1;
        }
        let _ = write!(
            range,
            "{},{}-{},{}:",
            token.begin.line, begin_col, token.finish.line, end_col
        );
        let name = match token.kind {
            TokenKind::ErrorToken => "OP",
            kind => kind.name(),
        };
        repr.clear();
        py_repr(token_text, &mut repr);
        line(&mut out, &range, name, &repr);
        if token.kind == TokenKind::EndMarker {
            return Ok(out);
        }
    }
}

/// One listing line: fields left-aligned in 20, 15 and 15 characters.
fn line(out: &mut String, range: &str, name: &str, repr: &str) {
    let _ = writeln!(out, "{range:<20}{name:<15}{repr:<15}");
}

/// A token's begin and end columns in characters, as tokenize counts them.
fn columns(text: &str, token: &Token) -> (usize, usize) {
    let chars = |line_start: usize, at: usize| -> usize {
        text.as_bytes()[line_start..at]
            .iter()
            .filter(|&&b| (b & 0xc0) != 0x80)
            .count()
    };
    let start = token.start as usize;
    let end = token.end as usize;
    (
        chars(start - token.begin.col as usize, start),
        chars(end - token.finish.col as usize, end),
    )
}
