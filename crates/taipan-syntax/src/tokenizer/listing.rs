//! `python -m tokenize -e FILE`, reproduced: the exact listing CPython's
//! tokenize module prints for a file, or the error that stops it.

use std::fmt::Write;

use super::source::decode;
use super::{Lexer, Warning};
use crate::error::SyntaxError;
use crate::literal_repr::str_repr_utf8;
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
///
/// The SyntaxWarnings the tokenizer raises on the way (tokenize shows them
/// too, for `\{` in f-strings) are appended to `warnings`, also when the
/// listing stops at an error.
pub fn token_listing(
    source_bytes: &[u8],
    warnings: &mut Vec<Warning>,
) -> Result<String, SyntaxError> {
    let decoded = decode(source_bytes, None)?;
    let text = decoded.text.as_str();
    let mut out = String::with_capacity(text.len() * 8);
    let mut repr = String::new();
    str_repr_utf8(&decoded.encoding, &mut repr);
    line(&mut out, "0,0-0,0:", "ENCODING", &repr);
    for token in token_spans(text, warnings)? {
        let range = format!(
            "{},{}-{},{}:",
            token.start.0, token.start.1, token.end.0, token.end.1
        );
        repr.clear();
        str_repr_utf8(token.text, &mut repr);
        line(&mut out, &range, token.name, &repr);
    }
    Ok(out)
}

/// One token as the `tokenize` module reports it: type name (operators
/// are all `OP`), text, (line, column) start and end with columns in
/// characters, and the source lines it spans.
pub struct TokenSpan<'s> {
    pub name: &'static str,
    pub text: &'s str,
    pub start: (u32, usize),
    pub end: (u32, usize),
    pub lines: &'s str,
}

/// The tokens of decoded source, COMMENT and NL included, up to and
/// including ENDMARKER, as `tokenize` gives them.
pub fn token_spans<'s>(
    text: &'s str,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<TokenSpan<'s>>, SyntaxError> {
    let mut out = Vec::new();
    let mut lexer = Lexer::new(text, true);
    let mut counter = CharCounter::default();
    loop {
        let next = lexer.next_token();
        warnings.append(&mut lexer.warnings);
        let token = next?;
        let (start, end) = (token.start as usize, token.end as usize);
        let line_start = start - token.begin.col as usize;
        let begin_col = counter.column(text, line_start, start);
        let mut end_col = counter.column(text, end - token.finish.col as usize, end);
        let token_text = token.text(text);
        if matches!(token.kind, TokenKind::Newline | TokenKind::Nl) && token_text.is_empty() {
            // The implicit line end at EOF is reported one column wide.
            end_col += 1;
        }
        let name = match token.kind {
            TokenKind::ErrorToken => "OP",
            kind => kind.name(),
        };
        // The lines run to the end of the one the token ends on (a
        // NEWLINE's own line, not the next).
        let from = if token_text.ends_with('\n') {
            end - 1
        } else {
            end
        }
        .max(line_start);
        let lines_end = text[from..].find('\n').map_or(text.len(), |i| from + i + 1);
        out.push(TokenSpan {
            name,
            text: token_text,
            start: (token.begin.line, begin_col),
            end: (token.finish.line, end_col),
            lines: text.get(line_start..lines_end).unwrap_or(""),
        });
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
