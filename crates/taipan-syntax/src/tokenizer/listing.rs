//! `python -m tokenize -e FILE`, reproduced: the exact listing CPython's
//! tokenize module prints for a file, or the error that stops it.

use std::fmt::Write;

use super::source::decode;
use super::str_repr::py_repr;
use super::Lexer;
use crate::error::SyntaxError;
use crate::token::TokenKind;

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
    let mut counter = CharCounter::default();
    loop {
        let token = lexer.next_token()?;
        range.clear();
        let (start, end) = (token.start as usize, token.end as usize);
        let begin_col = counter.column(text, start - token.begin.col as usize, start);
        let mut end_col = counter.column(text, end - token.finish.col as usize, end);
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

/// Character columns, counted incrementally along a line so that a long
/// line costs linear time, not quadratic.
#[derive(Default)]
struct CharCounter {
    line_start: usize,
    at: usize,
    chars: usize,
}

impl CharCounter {
    /// The column, in characters, of byte offset `at` on the line starting
    /// at `line_start`.
    fn column(&mut self, text: &str, line_start: usize, at: usize) -> usize {
        if line_start != self.line_start || at < self.at {
            *self = CharCounter {
                line_start,
                at: line_start,
                chars: 0,
            };
        }
        self.chars += text.as_bytes()[self.at..at]
            .iter()
            .filter(|&&b| (b & 0xc0) != 0x80)
            .count();
        self.at = at;
        self.chars
    }
}
