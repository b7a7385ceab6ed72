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
    let (tokens, error) = listed_tokens(text, warnings);
    if let Some(error) = error {
        return Err(error);
    }
    let mut range = String::new();
    for token in &tokens {
        range.clear();
        let _ = write!(
            range,
            "{},{}-{},{}:",
            token.begin.0, token.begin.1, token.end.0, token.end.1
        );
        repr.clear();
        str_repr_utf8(token.text(text), &mut repr);
        line(&mut out, &range, token.name, &repr);
    }
    Ok(out)
}

/// One token as the `tokenize` module sees it.
#[derive(Debug, Clone)]
pub struct ListedToken {
    /// The exact type's name (`LPAR`, `NAME`, `NL`...).
    pub name: &'static str,
    /// Byte offsets of the token's text in the source.
    pub start: usize,
    pub stop: usize,
    /// Line (1-based) and column (in characters) where it begins and ends.
    pub begin: (u32, usize),
    pub end: (u32, usize),
}

impl ListedToken {
    pub fn text<'s>(&self, source: &'s str) -> &'s str {
        &source[self.start..self.stop]
    }
}

/// The tokens CPython's `_tokenize.TokenizerIter` (with `extra_tokens`)
/// finds in decoded `text`, COMMENT and NL included and ENDMARKER last,
/// and the error that stopped it early, if any. Warnings met on the way
/// are appended to `warnings`.
pub fn listed_tokens(
    text: &str,
    warnings: &mut Vec<Warning>,
) -> (Vec<ListedToken>, Option<SyntaxError>) {
    let mut lexer = Lexer::new(text, true);
    let mut counter = CharCounter::default();
    let mut tokens = Vec::new();
    loop {
        let next = lexer.next_token();
        warnings.append(&mut lexer.warnings);
        let token = match next {
            Ok(token) => token,
            Err(error) => return (tokens, Some(error)),
        };
        let (start, end) = (token.start as usize, token.end as usize);
        let begin_col = counter.column(text, start - token.begin.col as usize, start);
        let mut end_col = counter.column(text, end - token.finish.col as usize, end);
        if matches!(token.kind, TokenKind::Newline | TokenKind::Nl) && start == end {
            // The implicit line end at EOF is reported one column wide.
            end_col += 1;
        }
        let name = match token.kind {
            TokenKind::ErrorToken => "OP",
            kind => kind.name(),
        };
        tokens.push(ListedToken {
            name,
            start,
            stop: end,
            begin: (token.begin.line, begin_col),
            end: (token.finish.line, end_col),
        });
        if token.kind == TokenKind::EndMarker {
            return (tokens, None);
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
