//! String and bytes literals (every prefix, single and triple quotes), and
//! the dispatch of `f`/`t` prefixes to the f-string lexer.

use super::Lexer;
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::token::{Pos, Token, TokenKind};

/// Where a literal started, for errors reported at its start.
#[derive(Clone, Copy, Debug)]
pub(super) struct LiteralStart {
    pub(super) offset: usize,
    pub(super) line: u32,
    pub(super) line_start: usize,
}

impl Lexer<'_> {
    pub(super) fn literal_start(&self, offset: usize) -> LiteralStart {
        LiteralStart {
            offset,
            line: self.line,
            line_start: self.line_start,
        }
    }

    /// The line CPython names in "(detected at line N)" when a literal runs
    /// to the end of the input: the last line that holds any text.
    pub(super) fn last_line(&self) -> u32 {
        if self.b.last() == Some(&b'\n') {
            self.line - 1
        } else {
            self.line
        }
    }

    /// An error located at the start of a literal.
    pub(super) fn error_at_literal(&self, msg: String, at: LiteralStart) -> SyntaxError {
        let col = (at.offset - at.line_start) as u32;
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg,
            lineno: at.line,
            col,
            end_lineno: at.line,
            end_col: col,
        }
    }

    /// A literal whose prefix spans `start..quote` (possibly empty).
    pub(super) fn string(
        &mut self,
        start: usize,
        begin: Pos,
        quote: usize,
    ) -> Result<Token, SyntaxError> {
        let q = self.b[quote];
        let triple = self.at(quote + 1) == q && self.at(quote + 2) == q;
        let prefix = &self.b[start..quote];
        let has = |c: u8| prefix.iter().any(|p| p.to_ascii_lowercase() == c);
        if has(b'f') || has(b't') {
            let raw = has(b'r');
            return Ok(self.fstring_start(start, begin, quote, triple, raw, has(b't')));
        }
        let at = self.literal_start(start);
        self.pos = quote + if triple { 3 } else { 1 };
        // An escaped closing quote makes CPython suggest that it was meant
        // to end the literal.
        let mut escaped_quote = false;
        loop {
            if self.pos >= self.b.len() {
                let e = self.unterminated_string(q, triple, at, self.last_line());
                return Err(hint_escaped_quote(e, escaped_quote));
            }
            match self.b[self.pos] {
                b'\\' => {
                    self.pos += 1;
                    escaped_quote |= !triple && self.at(self.pos) == q;
                    let n = self.newline_len(self.pos);
                    if n > 0 {
                        self.pos += n;
                        self.new_line();
                    } else if self.pos < self.b.len() {
                        self.pos += 1;
                    }
                }
                c if c == q => {
                    if !triple {
                        self.pos += 1;
                        break;
                    }
                    if self.at(self.pos + 1) == q && self.at(self.pos + 2) == q {
                        self.pos += 3;
                        break;
                    }
                    self.pos += 1;
                }
                b'\n' | b'\r' => {
                    let n = self.newline_len(self.pos);
                    if n == 0 {
                        self.pos += 1;
                    } else if triple {
                        self.pos += n;
                        self.new_line();
                    } else {
                        let e = self.unterminated_string(q, triple, at, self.line);
                        return Err(hint_escaped_quote(e, escaped_quote));
                    }
                }
                _ => self.pos += 1,
            }
        }
        Ok(self.token(TokenKind::String, start, begin))
    }

    fn unterminated_string(
        &self,
        q: u8,
        triple: bool,
        at: LiteralStart,
        detected: u32,
    ) -> SyntaxError {
        // Inside a replacement field, a quote like the f-string's own most
        // likely closes the f-string: the field is what lacks its `}`.
        if let Some(fs) = self.fstrings.last() {
            if fs.quote == q && fs.triple == triple {
                return self
                    .error_at_literal(format!("{}-string: expecting '}}'", fs.letter()), at);
            }
        }
        let msg = if triple {
            format!("unterminated triple-quoted string literal (detected at line {detected})")
        } else {
            format!("unterminated string literal (detected at line {detected})")
        };
        self.error_at_literal(msg, at)
    }
}

fn hint_escaped_quote(mut e: SyntaxError, escaped_quote: bool) -> SyntaxError {
    if escaped_quote && e.msg.starts_with("unterminated string literal") {
        e.msg.push_str("; perhaps you escaped the end quote?");
    }
    e
}
