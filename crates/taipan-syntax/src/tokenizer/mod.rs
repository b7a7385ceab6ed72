//! The tokenizer: decoded source text to [`Token`]s, following CPython 3.14's
//! lexical rules (PEP 701 f-strings, PEP 750 t-strings) and error messages.
//!
//! Entry points:
//! - [`decode_source`] turns a file's bytes into the text that tokens index
//!   into (BOM, PEP 263 declarations, newline normalization);
//! - [`tokenize`] produces the tokens the parser consumes (no COMMENT, NL);
//! - [`identifier`] gives the NFKC-normalized spelling of a NAME token;
//! - [`token_listing`] reproduces `python -m tokenize -e`.
//!
//! What the parser should know about the tokens:
//! - `Token::start..end` index the decoded text; `begin`/`finish` columns
//!   are UTF-8 byte offsets. A NAME's text is raw: bind `identifier(text)`.
//! - The implicit NEWLINE at the end of a file without a final line break
//!   is empty (`start == end`), as are DEDENT and ENDMARKER.
//! - An FSTRING_MIDDLE (TSTRING_MIDDLE) is the raw source of a piece of
//!   literal text, escapes undecoded. A doubled brace ends a piece after
//!   its first brace and the second brace belongs to no token; a `\N{...}`
//!   escape ends a piece too; a piece may end with a lone backslash (as in
//!   `f'\{x}'`, where the brace still opens a field); inside a format spec,
//!   a piece may be empty.
//! - Hard keywords have their own kinds; `match`, `case`, `type`, `_` are
//!   NAMEs. Characters that start no token (`$`, `?`, `` ` ``) give
//!   `ErrorToken`, which the parser reports as "invalid syntax".
//!
//! The lexer itself (`Lexer`) is split by concept: indentation
//! (`indent.rs`), names (`ident.rs`), numbers (`numbers.rs`), plain strings
//! (`strings.rs`), f- and t-strings (`fstrings.rs`).

mod fstrings;
mod ident;
mod indent;
mod listing;
mod numbers;
mod source;
mod strings;

pub use ident::identifier;
pub use listing::{listed_tokens, token_listing, ListedToken};
pub use source::{decode_source, normalize_newlines};

use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::token::{Pos, Token, TokenKind};
use fstrings::FString;
use indent::Indents;

/// The parser's view of a source: its significant tokens, the warnings met
/// on the way and, when the tokenizer failed, the error that stopped it.
///
/// CPython reports a tokenizer error only once the parser has consumed every
/// token before it (an earlier syntax error wins), so the tokens up to the
/// failure are kept: `tokens` ends with `EndMarker` when `error` is `None`,
/// and stops just before the offending input otherwise.
///
/// When the parser fails before reaching `error`, CPython still tokenizes
/// the rest of the file, and some tokenizer errors then replace the
/// parser's: see [`Tokens::error_replaces`].
#[derive(Debug, Default)]
pub struct Tokens {
    pub tokens: Vec<Token>,
    pub warnings: Vec<Warning>,
    pub error: Option<SyntaxError>,
    pub error_rank: ErrorRank,
}

impl Tokens {
    /// Whether `error` replaces a syntax error the parser raised before
    /// reaching it, where `parser_error_line` is the line of the last token
    /// the parser read (CPython's check of the rest of the file).
    pub fn error_replaces(&self, parser_error_line: u32) -> bool {
        match (&self.error, self.error_rank) {
            (None, _) | (_, ErrorRank::Never) => false,
            (Some(_), ErrorRank::Replaces) => true,
            (Some(e), ErrorRank::ReplacesIfEarlier) => e.lineno < parser_error_line,
        }
    }
}

/// How a tokenizer error ranks against a syntax error the parser raised
/// earlier in the file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ErrorRank {
    /// Replaces the parser's error (most lexical errors).
    #[default]
    Replaces,
    /// "'(' was never closed": replaces it only when the bracket was opened
    /// on a line before the parser's error.
    ReplacesIfEarlier,
    /// Never replaces it: indentation and line-continuation errors, and
    /// every error met inside an f-string or t-string.
    Never,
}

/// A SyntaxWarning the tokenizer raises (a number running into a keyword,
/// as in `1if x else y`; `\{` or `\}` in a non-raw f-string), placed like
/// an error: `col` is the byte column of the character CPython points at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub msg: String,
    pub lineno: u32,
    pub col: u32,
}

/// Tokenizes decoded source text for the parser: COMMENT and NL tokens are
/// dropped; NEWLINE, INDENT, DEDENT and ENDMARKER are kept. Hard keywords
/// get their own kinds; soft keywords are `Name`.
///
/// `source` should come from [`decode_source`] (or have its newlines
/// normalized with [`normalize_newlines`]), as CPython translates `\r\n` and
/// lone `\r` before tokenizing.
pub fn tokenize(source: &str) -> Tokens {
    let mut lexer = Lexer::new(source, false);
    let mut tokens = Vec::with_capacity(source.len() / 4 + 16);
    loop {
        match lexer.next_token() {
            Ok(token) => match token.kind {
                TokenKind::Comment | TokenKind::Nl => {}
                TokenKind::EndMarker => {
                    tokens.push(token);
                    return Tokens {
                        tokens,
                        warnings: lexer.warnings,
                        error: None,
                        error_rank: ErrorRank::default(),
                    };
                }
                _ => tokens.push(token),
            },
            Err(error) => {
                let error_rank =
                    if lexer.fstrings.is_empty() && error.kind == SyntaxErrorKind::SyntaxError {
                        lexer.error_rank
                    } else {
                        ErrorRank::Never
                    };
                return Tokens {
                    tokens,
                    warnings: lexer.warnings,
                    error: Some(error),
                    error_rank,
                };
            }
        }
    }
}

/// An open bracket, remembered for matching and for "was never closed".
#[derive(Clone, Copy, Debug)]
struct Paren {
    ch: u8,
    line: u32,
    col: u32,
}

/// Deepest bracket nesting CPython accepts.
const MAX_PARENS: usize = 200;

/// The lexer: a cursor over the text plus the state that spans tokens.
pub(crate) struct Lexer<'s> {
    src: &'s str,
    b: &'s [u8],
    pos: usize,
    line: u32,
    line_start: usize,
    /// `tokenize`-module mode: accept what only the compiler rejects
    /// (numbers run into names, invalid identifier characters, leading
    /// zeros, unmatched closing brackets), as CPython's tokenize does.
    listing: bool,
    at_bol: bool,
    /// The current physical line holds only whitespace and comments.
    blank_line: bool,
    indents: Indents,
    parens: Vec<Paren>,
    fstrings: Vec<FString>,
    /// The last line has been ended with an implicit NEWLINE at EOF.
    eof_newline_done: bool,
    warnings: Vec<Warning>,
    /// The rank of the error being returned, for errors that do not replace
    /// a parser error unconditionally.
    error_rank: ErrorRank,
}

impl<'s> Lexer<'s> {
    pub(crate) fn new(src: &'s str, listing: bool) -> Lexer<'s> {
        Lexer {
            src,
            b: src.as_bytes(),
            pos: 0,
            line: 1,
            line_start: 0,
            listing,
            at_bol: true,
            blank_line: false,
            indents: Indents::default(),
            parens: Vec::new(),
            fstrings: Vec::new(),
            eof_newline_done: false,
            warnings: Vec::new(),
            error_rank: ErrorRank::Replaces,
        }
    }

    /// The byte at `i`, or 0 past the end (the text never holds NUL: it is
    /// rejected as soon as it is met).
    #[inline]
    fn at(&self, i: usize) -> u8 {
        self.b.get(i).copied().unwrap_or(0)
    }

    #[inline]
    fn peek(&self) -> u8 {
        self.at(self.pos)
    }

    #[inline]
    fn here(&self) -> Pos {
        Pos {
            line: self.line,
            col: (self.pos - self.line_start) as u32,
        }
    }

    /// Records that the byte at `self.pos - 1` was a `\n`.
    #[inline]
    fn new_line(&mut self) {
        self.line += 1;
        self.line_start = self.pos;
    }

    fn token(&self, kind: TokenKind, start: usize, begin: Pos) -> Token {
        Token {
            kind,
            start: start as u32,
            end: self.pos as u32,
            begin,
            finish: self.here(),
        }
    }

    /// Length of the line break at `i` (`\n`, `\r\n` or a lone `\r`), or 0.
    #[inline]
    fn newline_len(&self, i: usize) -> usize {
        match self.at(i) {
            b'\n' => 1,
            b'\r' if self.at(i + 1) == b'\n' => 2,
            b'\r' if !self.listing => 1,
            _ => 0,
        }
    }

    /// An error at a span of the current line (byte columns).
    fn error_span(&self, msg: String, col: usize, end_col: usize) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg,
            lineno: self.line,
            col: col as u32,
            end_lineno: self.line,
            end_col: end_col as u32,
        }
    }

    /// An error placed the way CPython places a tokenizer error whose cursor
    /// stands at `cur`: on the character just before it.
    fn error_before(&self, msg: String, cur: usize) -> SyntaxError {
        let col = self.char_start_before(cur) - self.line_start;
        self.error_span(msg, col, col)
    }

    /// A warning placed as `error_before` places an error.
    fn warn_before(&mut self, msg: String, cur: usize) {
        let col = (self.char_start_before(cur) - self.line_start) as u32;
        self.warnings.push(Warning {
            msg,
            lineno: self.line,
            col,
        });
    }

    /// The start of the character that ends just before `cur` (or `cur`
    /// itself at the start of a line).
    fn char_start_before(&self, cur: usize) -> usize {
        let mut i = cur.min(self.b.len());
        if i <= self.line_start {
            return self.line_start;
        }
        i -= 1;
        while i > self.line_start && !self.src.is_char_boundary(i) {
            i -= 1;
        }
        i
    }

    /// The next token, comments and NL included.
    pub(crate) fn next_token(&mut self) -> Result<Token, SyntaxError> {
        if let Some(fs) = self.fstrings.last() {
            if !fs.in_expr {
                return self.fstring_part();
            }
        }
        if self.at_bol {
            self.at_bol = false;
            self.blank_line = false;
            self.measure_indentation()?;
        }
        if let Some(token) = self.pending_indent() {
            return Ok(token);
        }
        self.regular_token()
    }

    /// A token in regular (not f-string text) mode.
    fn regular_token(&mut self) -> Result<Token, SyntaxError> {
        loop {
            while matches!(self.peek(), b' ' | b'\t' | b'\x0c') {
                self.pos += 1;
            }
            if self.peek() != b'\\' {
                break;
            }
            self.continuation()?;
        }
        let start = self.pos;
        let begin = self.here();
        if start >= self.b.len() {
            return self.end_of_input();
        }
        let c = self.b[start];
        match c {
            b'#' => {
                // CPython ends a comment at `\r` as well as at `\n`.
                while !matches!(self.peek(), b'\n' | b'\r' | 0) {
                    self.pos += 1;
                }
                Ok(self.token(TokenKind::Comment, start, begin))
            }
            b'\n' | b'\r' if self.newline_len(start) > 0 => {
                self.pos += self.newline_len(start);
                let kind = if self.blank_line || !self.parens.is_empty() {
                    TokenKind::Nl
                } else {
                    TokenKind::Newline
                };
                let token = Token {
                    kind,
                    start: start as u32,
                    end: self.pos as u32,
                    begin,
                    finish: Pos {
                        line: self.line,
                        col: (self.pos - self.line_start) as u32,
                    },
                };
                self.new_line();
                self.at_bol = true;
                Ok(token)
            }
            b'0'..=b'9' => self.number(start, begin),
            b'.' if self.at(start + 1).is_ascii_digit() => self.number(start, begin),
            b'"' | b'\'' => self.string(start, begin, start),
            b'a'..=b'z' | b'A'..=b'Z' | b'_' | 0x80..=0xff => self.name_or_string(start, begin),
            b'(' | b'[' | b'{' => self.open_bracket(start, begin),
            b')' | b']' | b'}' => self.close_bracket(start, begin),
            0 => Err(self.null_byte()),
            _ => self.operator(start, begin),
        }
    }

    /// A backslash continuation: `\` must be followed by a line break.
    fn continuation(&mut self) -> Result<(), SyntaxError> {
        self.pos += 1;
        self.error_rank = ErrorRank::Never;
        let n = self.newline_len(self.pos);
        if n == 0 {
            if self.pos >= self.b.len() {
                return Err(self.error_span(
                    "unexpected EOF while parsing".into(),
                    self.pos - self.line_start,
                    self.pos - self.line_start,
                ));
            }
            let after = self.pos + utf8_len(self.b[self.pos]);
            return Err(self.error_before(
                "unexpected character after line continuation character".into(),
                after,
            ));
        }
        let eol = self.pos;
        self.pos += n;
        if self.pos >= self.b.len() {
            return Err(self.error_span(
                "unexpected EOF while parsing".into(),
                eol - self.line_start,
                eol - self.line_start,
            ));
        }
        self.new_line();
        self.error_rank = ErrorRank::Replaces;
        Ok(())
    }

    fn null_byte(&self) -> SyntaxError {
        self.error_before("source code cannot contain null bytes".into(), self.pos + 1)
    }

    /// End of input: close the last line, unwind indentation, ENDMARKER.
    fn end_of_input(&mut self) -> Result<Token, SyntaxError> {
        if let Some(p) = self.parens.last() {
            self.error_rank = ErrorRank::ReplacesIfEarlier;
            let msg = format!("'{}' was never closed", p.ch as char);
            return Err(SyntaxError {
                kind: SyntaxErrorKind::SyntaxError,
                msg,
                lineno: p.line,
                col: p.col,
                end_lineno: p.line,
                // CPython gives no end column (`end_offset` 0).
                end_col: crate::error::NO_COLUMN,
            });
        }
        let begin = self.here();
        if !self.eof_newline_done && self.pos > self.line_start {
            // The last line has no line break: end it with an empty NEWLINE
            // (NL after a comment-only line), as CPython does.
            self.eof_newline_done = true;
            let kind = if self.blank_line {
                TokenKind::Nl
            } else {
                TokenKind::Newline
            };
            let token = self.token(kind, self.pos, begin);
            self.line += 1;
            self.line_start = self.pos;
            return Ok(token);
        }
        let begin = self.here();
        if self.indents.depth() > 0 {
            self.indents.pop();
            return Ok(self.token(TokenKind::Dedent, self.pos, begin));
        }
        Ok(self.token(TokenKind::EndMarker, self.pos, begin))
    }

    fn open_bracket(&mut self, start: usize, begin: Pos) -> Result<Token, SyntaxError> {
        let c = self.b[start];
        self.pos += 1;
        if self.parens.len() >= MAX_PARENS {
            return Err(self.error_before("too many nested parentheses".into(), self.pos));
        }
        self.fstring_bracket_opened();
        self.parens.push(Paren {
            ch: c,
            line: self.line,
            col: (start - self.line_start) as u32,
        });
        let kind = match c {
            b'(' => TokenKind::LPar,
            b'[' => TokenKind::LSqb,
            _ => TokenKind::LBrace,
        };
        Ok(self.token(kind, start, begin))
    }

    fn close_bracket(&mut self, start: usize, begin: Pos) -> Result<Token, SyntaxError> {
        let c = self.b[start];
        self.pos += 1;
        let kind = match c {
            b')' => TokenKind::RPar,
            b']' => TokenKind::RSqb,
            _ => TokenKind::RBrace,
        };
        if c == b'}' {
            if let Some(e) = self.fstring_stray_brace() {
                return Err(e);
            }
        }
        match self.parens.last().copied() {
            None => {
                if !self.listing {
                    return Err(self.error_before(format!("unmatched '{}'", c as char), self.pos));
                }
            }
            Some(open) => {
                let expected = match open.ch {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if expected != c && !self.listing {
                    let msg = if open.line != self.line {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                            c as char, open.ch as char, open.line
                        )
                    } else {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, open.ch as char
                        )
                    };
                    return Err(self.error_before(msg, self.pos));
                }
                self.parens.pop();
            }
        }
        self.fstring_bracket_closed(c)?;
        Ok(self.token(kind, start, begin))
    }

    /// Operators (longest match) and characters no token starts with.
    fn operator(&mut self, start: usize, begin: Pos) -> Result<Token, SyntaxError> {
        let c = self.b[start];
        if c == b':' && self.at_field_top() && self.start_format_spec() {
            self.pos += 1;
            return Ok(self.token(TokenKind::Colon, start, begin));
        }
        // Every two- and three-character operator has one of these second
        // characters: other operators are looked up by their first alone.
        let long = matches!(
            self.b.get(start + 1),
            Some(b'=' | b'*' | b'>' | b'/' | b'<' | b'.')
        );
        let lens: &[usize] = if long { &[3, 2, 1] } else { &[1] };
        for &len in lens {
            if let Some(text) = self.src.get(start..start + len) {
                if let Some(kind) = TokenKind::operator(text) {
                    self.pos += len;
                    return Ok(self.token(kind, start, begin));
                }
            }
        }
        if c < 0x20 || c == 0x7f {
            return Err(self.error_before(
                format!("invalid non-printable character U+{:04X}", c),
                start + 1,
            ));
        }
        // `$`, `?`, `` ` ``: a token the parser rejects ("invalid syntax").
        self.pos += 1;
        Ok(self.token(TokenKind::ErrorToken, start, begin))
    }
}

/// Length of the UTF-8 sequence that starts with `lead`.
#[inline]
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xf0..=0xff => 4,
        0xe0..=0xef => 3,
        0xc0..=0xdf => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests;
