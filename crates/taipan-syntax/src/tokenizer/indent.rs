//! Indentation: measuring a line's indentation and turning changes into
//! INDENT/DEDENT tokens, with CPython's tab consistency rules.
//!
//! Every level is measured twice: with tabs to the next multiple of 8 and
//! with tabs as one column. If the two measures disagree about how a line
//! compares with the enclosing levels, the meaning depends on the tab size,
//! which is a TabError.

use super::Lexer;
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::token::{Pos, Token, TokenKind};

const TAB_SIZE: u32 = 8;
/// Most indentation levels CPython accepts.
const MAX_INDENT: usize = 100;

/// The stack of open indentation levels and the INDENT/DEDENT tokens owed.
#[derive(Debug, Default)]
pub(super) struct Indents {
    /// (column with tabs of 8, column with tabs of 1), outermost first; the
    /// implicit level 0 is not stored.
    levels: Vec<(u32, u32)>,
    /// INDENTs (> 0) or DEDENTs (< 0) still to emit.
    pending: i32,
}

impl Indents {
    pub(super) fn depth(&self) -> usize {
        self.levels.len()
    }

    pub(super) fn pop(&mut self) {
        self.levels.pop();
    }

    fn top(&self) -> (u32, u32) {
        self.levels.last().copied().unwrap_or((0, 0))
    }
}

impl Lexer<'_> {
    /// At the start of a line: skips its indentation and, unless the line is
    /// blank, a comment, or inside brackets, compares it with the open levels.
    pub(super) fn measure_indentation(&mut self) -> Result<(), SyntaxError> {
        let (mut col, mut alt) = (0u32, 0u32);
        // Indentation cannot continue over a backslash-joined line: the
        // column at the first backslash counts.
        let mut joined_at: Option<u32> = None;
        loop {
            match self.peek() {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                b'\\' => {
                    joined_at.get_or_insert(col);
                    self.continuation()?;
                    continue;
                }
                _ => break,
            }
            self.pos += 1;
        }
        if self.pos >= self.b.len() || matches!(self.peek(), b'#' | b'\n' | b'\r') {
            self.blank_line = true;
            return Ok(());
        }
        if !self.parens.is_empty() {
            return Ok(());
        }
        if let Some(c) = joined_at {
            col = c;
            alt = c;
        }
        let (top, top_alt) = self.indents.top();
        if col == top {
            if alt != top_alt {
                return Err(self.tab_error());
            }
        } else if col > top {
            if self.indents.levels.len() + 1 >= MAX_INDENT {
                let mut e = self.indentation_error("too many levels of indentation");
                e.col = 0;
                e.end_col = 0;
                return Err(e);
            }
            if alt <= top_alt {
                return Err(self.tab_error());
            }
            self.indents.levels.push((col, alt));
            self.indents.pending = 1;
        } else {
            while let Some(&(level, _)) = self.indents.levels.last() {
                if col >= level {
                    break;
                }
                self.indents.levels.pop();
                self.indents.pending -= 1;
            }
            let (top, top_alt) = self.indents.top();
            if col != top {
                return Err(
                    self.indentation_error("unindent does not match any outer indentation level")
                );
            }
            if alt != top_alt {
                return Err(self.tab_error());
            }
        }
        Ok(())
    }

    /// The INDENT or DEDENT owed before the line's first token, if any.
    pub(super) fn pending_indent(&mut self) -> Option<Token> {
        let pending = self.indents.pending;
        if pending > 0 {
            self.indents.pending -= 1;
            // An INDENT's text is the indentation itself.
            let begin = Pos {
                line: self.line,
                col: 0,
            };
            Some(self.token(TokenKind::Indent, self.line_start, begin))
        } else if pending < 0 {
            self.indents.pending += 1;
            Some(self.token(TokenKind::Dedent, self.pos, self.here()))
        } else {
            None
        }
    }

    fn tab_error(&self) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::TabError,
            msg: "inconsistent use of tabs and spaces in indentation".into(),
            lineno: self.line,
            col: 0,
            end_lineno: self.line,
            end_col: 0,
        }
    }

    /// An IndentationError placed, as CPython places it, at the line's end.
    fn indentation_error(&self, msg: &str) -> SyntaxError {
        let mut end = self.pos;
        while !matches!(self.at(end), b'\n' | b'\r' | 0) {
            end += 1;
        }
        let col = (end.min(self.b.len()) - self.line_start) as u32;
        SyntaxError {
            kind: SyntaxErrorKind::IndentationError,
            msg: msg.into(),
            lineno: self.line,
            col,
            end_lineno: self.line,
            end_col: col,
        }
    }
}
