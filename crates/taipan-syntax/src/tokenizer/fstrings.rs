//! f-strings (PEP 701) and t-strings (PEP 750).
//!
//! An f-string is lexed in two alternating modes: text mode produces
//! FSTRING_MIDDLE pieces up to a replacement field or the closing quote;
//! inside a field the ordinary lexer runs until the field's own `:` (which
//! switches to format-spec text) or its closing `}`. Fields nest (inside
//! format specs, and f-strings inside fields), so each open f-string keeps
//! its own state on a stack, and the brackets that open fields are marked
//! on the ordinary bracket stack.
//!
//! As in CPython, a MIDDLE's text is the raw source: `{{` and `}}` end the
//! piece after their first brace and the second is skipped, so a piece
//! never contains a doubled brace.

use super::strings::LiteralStart;
use super::Lexer;
use crate::error::SyntaxError;
use crate::token::{Pos, Token, TokenKind};

/// Most replacement fields that may be open at once in one f-string.
const MAX_FIELD_NESTING: u32 = 3;

/// The state of one open f-string or t-string.
#[derive(Clone, Copy, Debug)]
pub(super) struct FString {
    pub(super) quote: u8,
    pub(super) triple: bool,
    raw: bool,
    is_t: bool,
    at: LiteralStart,
    /// Lexing a replacement field's expression (ordinary mode).
    pub(super) in_expr: bool,
    /// The text being lexed is a format spec, from a field's `:` up to a
    /// nested field: there `{{` opens a field instead of escaping a brace.
    /// As in CPython, text after a nested field is plain text again.
    in_spec: bool,
    /// A MIDDLE was just produced; a `{`, `}` or the closing quote follows.
    after_middle: bool,
    /// The next `{` the ordinary lexer meets opens a replacement field.
    opening_field: bool,
    /// Replacement fields open in this f-string.
    fields: u32,
    /// Brackets open in this f-string's fields, the fields' own `{` included.
    depth: u32,
}

impl FString {
    /// `f` or `t`, as error messages name the literal.
    pub(super) fn letter(&self) -> char {
        if self.is_t {
            't'
        } else {
            'f'
        }
    }
}

/// Why a MIDDLE piece ended.
enum MiddleEnd {
    /// At a `{` or `}` that opens or closes a field, or at the closing quote.
    Special,
    /// After the first brace of `{{` or `}}` (the second is skipped), or
    /// after the `}` that ends a `\N{...}` escape: the piece ends at `end`
    /// and the text resumes at `resume`.
    Split { end: usize, resume: usize },
}

/// The split at a doubled brace whose first brace is at `brace`.
fn doubled(brace: usize) -> MiddleEnd {
    MiddleEnd::Split {
        end: brace + 1,
        resume: brace + 2,
    }
}

impl Lexer<'_> {
    /// FSTRING_START (or TSTRING_START) for a prefix at `start..quote`.
    pub(super) fn fstring_start(
        &mut self,
        start: usize,
        begin: Pos,
        quote: usize,
        triple: bool,
        raw: bool,
        is_t: bool,
    ) -> Token {
        let q = self.b[quote];
        self.fstrings.push(FString {
            quote: q,
            triple,
            raw,
            is_t,
            at: self.literal_start(start),
            in_expr: false,
            in_spec: false,
            after_middle: false,
            opening_field: false,
            fields: 0,
            depth: 0,
        });
        self.pos = quote + if triple { 3 } else { 1 };
        let kind = if is_t {
            TokenKind::TStringStart
        } else {
            TokenKind::FStringStart
        };
        self.token(kind, start, begin)
    }

    /// The next token of the innermost f-string while it is in text mode.
    pub(super) fn fstring_part(&mut self) -> Result<Token, SyntaxError> {
        let Some(&fs) = self.fstrings.last() else {
            return self.regular_token();
        };
        let start = self.pos;
        let begin = self.here();
        let quote_len = if fs.triple { 3 } else { 1 };
        if self.b[start..].starts_with(&[fs.quote; 3][..quote_len]) {
            self.pos += quote_len;
            self.fstrings.pop();
            let kind = if fs.is_t {
                TokenKind::TStringEnd
            } else {
                TokenKind::FStringEnd
            };
            return Ok(self.token(kind, start, begin));
        }
        let middle = if fs.is_t {
            TokenKind::TStringMiddle
        } else {
            TokenKind::FStringMiddle
        };
        // A `{` that is not doubled opens a field at once; elsewhere a
        // MIDDLE comes first, empty only before a format spec's `}` or `{{`.
        let field_now = self.peek() == b'{' && self.at(start + 1) != b'{';
        if !fs.after_middle && !field_now {
            match self.scan_middle(&fs)? {
                MiddleEnd::Split { end, resume } => {
                    self.pos = end;
                    let token = self.token(middle, start, begin);
                    self.pos = resume;
                    return Ok(token);
                }
                MiddleEnd::Special => {
                    if let Some(top) = self.fstrings.last_mut() {
                        top.after_middle = true;
                    }
                    return Ok(self.token(middle, start, begin));
                }
            }
        }
        // At a `{` opening a field, or at the `}` closing the field whose
        // format spec this was: the ordinary lexer takes over.
        let opening = self.peek() == b'{';
        if opening && fs.fields >= MAX_FIELD_NESTING {
            return Err(self.error_before(
                format!("{}-string: expressions nested too deeply", fs.letter()),
                self.pos,
            ));
        }
        if let Some(top) = self.fstrings.last_mut() {
            top.after_middle = false;
            top.in_expr = true;
            top.opening_field = opening;
        }
        self.regular_token()
    }

    /// Advances over one MIDDLE piece of text.
    fn scan_middle(&mut self, fs: &FString) -> Result<MiddleEnd, SyntaxError> {
        let q = fs.quote;
        // Inside `\N{...}` a `}` ends the escape, not a field.
        let mut in_named_escape = false;
        loop {
            if self.pos >= self.b.len() {
                return Err(self.unterminated_fstring(fs, self.last_line()));
            }
            match self.b[self.pos] {
                c if c == q => {
                    if !fs.triple || (self.at(self.pos + 1) == q && self.at(self.pos + 2) == q) {
                        return Ok(MiddleEnd::Special);
                    }
                    self.pos += 1;
                }
                b'\n' | b'\r' => {
                    let n = self.newline_len(self.pos);
                    if n == 0 {
                        self.pos += 1;
                    } else if fs.triple {
                        self.pos += n;
                        self.new_line();
                    } else if fs.in_spec {
                        return Err(self.error_before(
                            format!(
                                "{}-string: newlines are not allowed in format specifiers \
                                 for single quoted {}-strings",
                                fs.letter(),
                                fs.letter()
                            ),
                            self.pos + 1,
                        ));
                    } else {
                        return Err(self.unterminated_fstring(fs, self.line));
                    }
                }
                b'{' => {
                    if !fs.in_spec && self.at(self.pos + 1) == b'{' {
                        return Ok(doubled(self.pos));
                    }
                    return Ok(MiddleEnd::Special);
                }
                b'}' => {
                    if in_named_escape {
                        let end = self.pos + 1;
                        return Ok(MiddleEnd::Split { end, resume: end });
                    } else if fs.in_spec || fs.fields > 0 {
                        // Closes the field this text belongs to.
                        return Ok(MiddleEnd::Special);
                    } else if self.at(self.pos + 1) == b'}' {
                        return Ok(doubled(self.pos));
                    } else {
                        return Err(self.error_before(
                            format!("{}-string: single '}}' is not allowed", fs.letter()),
                            self.pos + 1,
                        ));
                    }
                }
                b'\\' => {
                    let next = self.at(self.pos + 1);
                    if next == b'{' || next == b'}' {
                        // A brace keeps its meaning after a backslash.
                        self.pos += 1;
                        if !fs.raw {
                            let c = next as char;
                            self.warn_before(
                                format!(
                                    "\"\\{c}\" is an invalid escape sequence. Such sequences \
                                     will not work in the future. Did you mean \"\\\\{c}\"? \
                                     A raw string is also an option."
                                ),
                                self.pos + 1,
                            );
                        }
                    } else if !fs.raw && next == b'N' && self.at(self.pos + 2) == b'{' {
                        in_named_escape = true;
                        self.pos += 3;
                    } else {
                        self.pos += 1;
                        let n = self.newline_len(self.pos);
                        if n > 0 {
                            self.pos += n;
                            self.new_line();
                        } else if self.pos < self.b.len() {
                            self.pos += 1;
                        }
                    }
                }
                _ => self.pos += 1,
            }
        }
    }

    fn unterminated_fstring(&self, fs: &FString, detected: u32) -> SyntaxError {
        let triple = if fs.triple { "triple-quoted " } else { "" };
        self.error_at_literal(
            format!(
                "unterminated {triple}{}-string literal (detected at line {detected})",
                fs.letter()
            ),
            fs.at,
        )
    }

    /// Whether the ordinary lexer stands at the top level of a replacement
    /// field (where `:` starts the format spec): no bracket opened inside
    /// the innermost f-string's field is still open.
    pub(super) fn at_field_top(&self) -> bool {
        self.fstrings
            .last()
            .is_some_and(|fs| fs.in_expr && fs.fields > 0 && fs.depth == fs.fields)
    }

    /// Switches the innermost f-string to format-spec text after a field's
    /// top-level `:`.
    pub(super) fn start_format_spec(&mut self) -> bool {
        match self.fstrings.last_mut() {
            Some(top) => {
                top.in_expr = false;
                top.in_spec = true;
                top.after_middle = false;
                true
            }
            None => false,
        }
    }

    /// Counts an opening bracket against the innermost f-string; the `{`
    /// that text mode handed over opens a replacement field.
    pub(super) fn fstring_bracket_opened(&mut self) {
        if let Some(top) = self.fstrings.last_mut() {
            top.depth += 1;
            if top.opening_field {
                top.opening_field = false;
                top.fields += 1;
                top.in_spec = false;
            }
        }
    }

    /// Counts a closing bracket against the innermost f-string; when it
    /// closes the innermost open field, the f-string returns to text mode.
    /// As in CPython, brackets are counted per f-string, so a bracket left
    /// open by an inner f-string is closed on behalf of the outer one.
    pub(super) fn fstring_bracket_closed(&mut self, c: u8) -> Result<(), SyntaxError> {
        let Some(top) = self.fstrings.last_mut() else {
            return Ok(());
        };
        if top.depth == 0 {
            let letter = top.letter();
            return Err(self.error_before(
                format!("{letter}-string: unmatched '{}'", c as char),
                self.pos,
            ));
        }
        top.depth -= 1;
        if c == b'}' && top.fields > 0 && top.depth == top.fields - 1 {
            top.fields -= 1;
            top.in_expr = false;
            top.in_spec = false;
            top.after_middle = false;
        }
        Ok(())
    }

    /// `}` where the innermost f-string has no bracket open.
    pub(super) fn fstring_stray_brace(&self) -> Option<SyntaxError> {
        let fs = self.fstrings.last()?;
        (fs.depth == 0).then(|| {
            self.error_before(
                format!("{}-string: single '}}' is not allowed", fs.letter()),
                self.pos,
            )
        })
    }
}
