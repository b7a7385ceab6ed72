//! The PEG parser: tokens in, CPython 3.14's AST out.
//!
//! The structure follows CPython's Grammar/python.gram: ordered choice with
//! backtracking over a token index. Left-recursive rules (`primary`, the
//! binary operator chains) are loops, which build the same trees. Targets
//! are parsed as expressions and then converted (see `targets.rs`), which
//! avoids CPython's re-parse of every expression statement as a target.
//!
//! Like CPython, a failed first pass is followed by a second pass with the
//! `invalid_*` alternatives enabled (see `errors.rs`); if that pass finds no
//! specific error, "invalid syntax" is reported at the furthest token the
//! first pass looked at.

mod arguments;
mod errors;
mod expressions;
mod numbers;
mod patterns;
mod statements;
mod strings;
mod targets;
#[cfg(test)]
mod tests;

use crate::ast::{self, Range};
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::token::{Token, TokenKind};
use crate::tokenizer::{Tokens, Warning};

/// How deep rules may nest before the parser gives up, as CPython's parser
/// does (with a MemoryError) past 6000 nested rule calls. Each kind of
/// nesting counts about as many rule calls as it costs CPython.
const MAX_DEPTH: u32 = 6000;
const DEPTH_UNARY: u32 = 1;
const DEPTH_IF: u32 = 2;
const DEPTH_LAMBDA: u32 = 2;
const DEPTH_PATTERN: u32 = 10;
const DEPTH_BRACKET: u32 = 20;
const DEPTH_BLOCK: u32 = 20;

/// Stack left before a nested rule grows it, and the size of each new part.
const RED_ZONE: usize = 128 * 1024;
const STACK_STEP: usize = 2 * 1024 * 1024;

/// Which start rule to parse.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    File,
    Eval,
    Interactive,
    FuncType,
}

pub(crate) struct Parser<'s> {
    src: &'s str,
    toks: Vec<Token>,
    pos: usize,
    /// Furthest token index looked at: where a generic error is reported.
    furthest: usize,
    /// Second pass: the `invalid_*` alternatives are tried.
    pass2: bool,
    /// The first error raised; once set, every rule fails.
    error: Option<SyntaxError>,
    depth: u32,
    /// Inside the operand of `invalid_legacy_expression` (not nested).
    in_legacy: bool,
    /// SyntaxWarnings met in the first pass (invalid escape sequences).
    warnings: Vec<crate::tokenizer::Warning>,
}

/// Parses a module (`ast.parse(source)`, mode 'exec').
pub fn parse_module(source: &str) -> Result<ast::Mod, SyntaxError> {
    parse(source, Mode::File).0
}

/// Parses a module and also returns the SyntaxWarnings that tokenizing and
/// parsing it raise (in source order), which CPython prints even when
/// parsing then fails.
pub fn parse_module_with_warnings(source: &str) -> (Result<ast::Mod, SyntaxError>, Vec<Warning>) {
    parse(source, Mode::File)
}

/// Parses an expression (`ast.parse(source, mode='eval')`).
pub fn parse_expression(source: &str) -> Result<ast::Mod, SyntaxError> {
    parse(source, Mode::Eval).0
}

/// Parses an expression and also returns its SyntaxWarnings (`eval()`).
pub fn parse_expression_with_warnings(
    source: &str,
) -> (Result<ast::Mod, SyntaxError>, Vec<Warning>) {
    parse(source, Mode::Eval)
}

/// Parses one interactive statement (`ast.parse(source, mode='single')`).
pub fn parse_interactive(source: &str) -> Result<ast::Mod, SyntaxError> {
    parse(source, Mode::Interactive).0
}

/// [`parse_interactive`], with the SyntaxWarnings.
pub fn parse_interactive_with_warnings(
    source: &str,
) -> (Result<ast::Mod, SyntaxError>, Vec<Warning>) {
    parse(source, Mode::Interactive)
}

/// Parses a function signature type (`ast.parse(source, mode='func_type')`),
/// with the SyntaxWarnings.
pub fn parse_func_type_with_warnings(
    source: &str,
) -> (Result<ast::Mod, SyntaxError>, Vec<Warning>) {
    parse(source, Mode::FuncType)
}

/// Parses an already tokenized module. `tokens` may hold comments and
/// non-logical newlines; they are skipped. It must end with ENDMARKER.
pub fn parse_tokens(source: &str, tokens: &[Token]) -> Result<ast::Mod, SyntaxError> {
    run(source, tokens, Mode::File).0.map_err(|f| f.error)
}

fn parse(source: &str, mode: Mode) -> (Result<ast::Mod, SyntaxError>, Vec<Warning>) {
    let tokens = crate::tokenizer::tokenize(source);
    let (result, parser_warnings) = run(source, &tokens.tokens, mode);
    let mut warnings = tokens.warnings.clone();
    warnings.extend(parser_warnings);
    warnings.sort_by_key(|w| (w.lineno, w.col));
    (rank_errors(&tokens, result), warnings)
}

/// The error to report when both the tokenizer and the parser may fail.
fn rank_errors(
    tokens: &Tokens,
    result: Result<ast::Mod, Failure>,
) -> Result<ast::Mod, SyntaxError> {
    let f = match result {
        Ok(m) => return tokens.error.clone().map_or(Ok(m), Err),
        Err(f) => f,
    };
    let Some(tok_err) = &tokens.error else {
        return Err(f.error);
    };
    // The tokenizer's error wins when the parser met it. Otherwise CPython
    // reports "unexpected indent" as is, and for other errors tokenizes the
    // rest of the file, where some tokenizer errors replace the parser's.
    let unexpected_indent =
        f.error.kind == SyntaxErrorKind::IndentationError && f.error.msg.starts_with("unexpected");
    if f.reached_end || (!unexpected_indent && tokens.error_replaces(f.furthest_line)) {
        return Err(tok_err.clone());
    }
    Err(f.error)
}

/// A failed parse: the error, the line of the furthest token looked at, and
/// whether the first pass looked at the final token (for a truncated token
/// list: where the tokenizer failed).
struct Failure {
    error: SyntaxError,
    furthest_line: u32,
    reached_end: bool,
}

fn run(source: &str, tokens: &[Token], mode: Mode) -> (Result<ast::Mod, Failure>, Vec<Warning>) {
    // Sized up front: the filter hides the length, and growing by doubling
    // would copy the whole token list several times.
    let mut toks: Vec<Token> = Vec::with_capacity(tokens.len() + 1);
    toks.extend(tokens.iter().copied().filter(|t| {
        !matches!(
            t.kind,
            TokenKind::Comment | TokenKind::Nl | TokenKind::TypeComment | TokenKind::Encoding
        )
    }));
    if toks.last().map(|t| t.kind) != Some(TokenKind::EndMarker) {
        let end = toks.last().map(|t| (t.end, t.finish)).unwrap_or_default();
        toks.push(Token {
            kind: TokenKind::EndMarker,
            start: end.0,
            end: end.0,
            begin: end.1,
            finish: end.1,
        });
    }
    let mut p = Parser {
        src: source,
        toks,
        pos: 0,
        furthest: 0,
        pass2: false,
        error: None,
        depth: 0,
        in_legacy: false,
        warnings: Vec::new(),
    };
    let result = p.start(mode);
    let warnings = std::mem::take(&mut p.warnings);
    if let Some(m) = result {
        return (Ok(m), warnings);
    }
    let furthest = p.furthest;
    let at_end = furthest == p.toks.len() - 1;
    if let Some(error) = p.error.take() {
        let f = Failure {
            error,
            furthest_line: p.toks[furthest].begin.line,
            reached_end: at_end,
        };
        return (Err(f), warnings);
    }
    p.pos = 0;
    p.pass2 = true;
    p.depth = 0;
    if p.start(mode).is_some() {
        // The error rules only raise; a successful second pass means the
        // first one failed on something the second accepts, so fall back
        // to the generic error.
        p.error = None;
    }
    let furthest_line = p.toks[p.furthest].begin.line;
    // Looking at the last token in either pass means meeting the tokenizer's
    // error, for a token list it cut short.
    let at_end = p.furthest == p.toks.len() - 1;
    let f = match p.error.take() {
        Some(error) => Failure {
            error,
            furthest_line,
            reached_end: at_end,
        },
        None => Failure {
            error: p.generic_error(furthest),
            furthest_line,
            reached_end: at_end,
        },
    };
    (Err(f), warnings)
}

impl<'s> Parser<'s> {
    fn start(&mut self, mode: Mode) -> Option<ast::Mod> {
        match mode {
            Mode::File => {
                let body = self.statements_until_end()?;
                Some(ast::Mod::Module {
                    body,
                    type_ignores: Vec::new(),
                })
            }
            Mode::Eval => {
                let body = self.expressions()?;
                while self.eat(TokenKind::Newline) {}
                self.expect(TokenKind::EndMarker)?;
                Some(ast::Mod::Expression {
                    body: Box::new(body),
                })
            }
            Mode::Interactive => {
                let body = self.statement_newline()?;
                Some(ast::Mod::Interactive { body })
            }
            Mode::FuncType => self.func_type(),
        }
    }

    /// `'(' [type_expressions] ')' '->' expression`: a signature type
    /// comment. `*T` and `**T` arguments keep only `T`, as CPython's tree.
    fn func_type(&mut self) -> Option<ast::Mod> {
        use crate::token::TokenKind as T;
        self.expect(T::LPar)?;
        let mut argtypes = Vec::new();
        // No trailing comma.
        if !self.at(T::RPar) {
            loop {
                if !self.eat(T::Star) {
                    self.eat(T::DoubleStar);
                }
                argtypes.push(self.expression()?);
                if !self.eat(T::Comma) {
                    break;
                }
            }
        }
        self.expect(T::RPar)?;
        self.expect(T::RArrow)?;
        let returns = Box::new(self.expression()?);
        while self.eat(T::Newline) {}
        self.expect(T::EndMarker)?;
        Some(ast::Mod::FunctionType { argtypes, returns })
    }

    // ----- token access -------------------------------------------------

    /// The kind of the current token (recorded as looked at).
    #[inline]
    fn peek(&mut self) -> TokenKind {
        if self.pos > self.furthest {
            self.furthest = self.pos;
        }
        self.toks[self.pos].kind
    }

    /// The kind of the token `n` places ahead (ENDMARKER past the end).
    #[inline]
    fn peek_at(&mut self, n: usize) -> TokenKind {
        let i = (self.pos + n).min(self.toks.len() - 1);
        if i > self.furthest {
            self.furthest = i;
        }
        self.toks[i].kind
    }

    #[inline]
    fn at(&mut self, kind: TokenKind) -> bool {
        self.peek() == kind
    }

    #[inline]
    fn eat(&mut self, kind: TokenKind) -> bool {
        if self.peek() == kind {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    #[inline]
    fn expect(&mut self, kind: TokenKind) -> Option<()> {
        if self.eat(kind) {
            Some(())
        } else {
            None
        }
    }

    #[inline]
    fn tok(&self, i: usize) -> &Token {
        &self.toks[i]
    }

    fn text(&self, i: usize) -> &'s str {
        let t = &self.toks[i];
        &self.src[t.start as usize..t.end as usize]
    }

    /// Whether the current token is the soft keyword `kw`.
    fn at_soft(&mut self, kw: &str) -> bool {
        self.peek() == TokenKind::Name && self.text(self.pos) == kw
    }

    /// Consumes a NAME token and returns its identifier.
    fn name(&mut self) -> Option<ast::Identifier> {
        if self.peek() == TokenKind::Name {
            self.pos += 1;
            Some(self.identifier(self.pos - 1))
        } else {
            None
        }
    }

    /// The identifier of NAME token `i`, NFKC-normalized like CPython's.
    fn identifier(&self, i: usize) -> ast::Identifier {
        crate::tokenizer::identifier(self.text(i)).into_owned()
    }

    // ----- locations ----------------------------------------------------

    /// The range of tokens `start..self.pos`, ending at the last token that
    /// is not a NEWLINE, INDENT or DEDENT (as CPython's EXTRA does).
    fn range_from(&self, start: usize) -> Range {
        let b = self.toks[start].begin;
        let mut m = self.pos;
        let mut end = self.toks[start].finish;
        while m > 0 {
            m -= 1;
            let t = &self.toks[m];
            if !matches!(
                t.kind,
                TokenKind::EndMarker | TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
            ) {
                end = t.finish;
                break;
            }
        }
        Range {
            lineno: b.line,
            col_offset: b.col,
            end_lineno: end.line,
            end_col_offset: end.col,
        }
    }

    fn tok_range(&self, i: usize) -> Range {
        let t = &self.toks[i];
        Range {
            lineno: t.begin.line,
            col_offset: t.begin.col,
            end_lineno: t.finish.line,
            end_col_offset: t.finish.col,
        }
    }

    fn expr(&self, start: usize, kind: ast::ExprKind) -> ast::Expr {
        ast::Expr {
            kind,
            range: self.range_from(start),
        }
    }

    fn stmt(&self, start: usize, kind: ast::StmtKind) -> ast::Stmt {
        ast::Stmt {
            kind,
            range: self.range_from(start),
        }
    }

    // ----- errors -------------------------------------------------------

    /// Records `msg` over `range` (the first error wins) and fails.
    fn raise<T>(
        &mut self,
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        range: Range,
    ) -> Option<T> {
        if self.error.is_none() {
            self.error = Some(SyntaxError {
                kind,
                msg: msg.into(),
                lineno: range.lineno,
                col: range.col_offset,
                end_lineno: range.end_lineno,
                end_col: range.end_col_offset,
            });
        }
        None
    }

    fn raise_syntax<T>(&mut self, msg: impl Into<String>, range: Range) -> Option<T> {
        self.raise(SyntaxErrorKind::SyntaxError, msg, range)
    }

    /// Runs `rule` with the error rules disabled.
    fn plain<R>(&mut self, rule: impl FnOnce(&mut Self) -> Option<R>) -> Option<R> {
        let pass2 = std::mem::replace(&mut self.pass2, false);
        let r = rule(self);
        self.pass2 = pass2;
        r
    }

    /// Whether parsing must stop: an error has been raised.
    #[inline]
    fn failed(&self) -> bool {
        self.error.is_some()
    }

    /// Runs `rule` one nesting level deeper (`weight` rule calls): fails
    /// once the input is too deep, and grows the stack as needed so that
    /// deep input never overflows it.
    fn nested<R>(&mut self, weight: u32, rule: impl FnOnce(&mut Self) -> Option<R>) -> Option<R> {
        if self.depth + weight > MAX_DEPTH {
            let r = self.tok_range(self.pos);
            return self.raise_syntax(
                "Parser stack overflowed - Python source too complex to parse",
                r,
            );
        }
        self.depth += weight;
        let r = stacker::maybe_grow(RED_ZONE, STACK_STEP, || rule(self));
        self.depth -= weight;
        r
    }

    fn generic_error(&self, at: usize) -> SyntaxError {
        let (kind, msg) = match self.toks[at].kind {
            TokenKind::Indent => (SyntaxErrorKind::IndentationError, "unexpected indent"),
            TokenKind::Dedent => (SyntaxErrorKind::IndentationError, "unexpected unindent"),
            _ => (SyntaxErrorKind::SyntaxError, "invalid syntax"),
        };
        let r = self.error_tok_range(at);
        SyntaxError {
            kind,
            msg: msg.to_owned(),
            lineno: r.lineno,
            col: r.col_offset,
            end_lineno: r.end_lineno,
            end_col: r.end_col_offset,
        }
    }

    /// Where CPython reports an error at token `i`. INDENT, DEDENT and
    /// ENDMARKER have no column in CPython's tokenizer, which then uses its
    /// cursor: the end of the indentation, or the end of the last line.
    fn error_tok_range(&self, i: usize) -> Range {
        let t = &self.toks[i];
        let at_eof = self.toks[i..]
            .iter()
            .all(|t| matches!(t.kind, TokenKind::Dedent | TokenKind::EndMarker));
        let (line, col) = match t.kind {
            TokenKind::Indent => (t.finish.line, t.finish.col.saturating_sub(1)),
            // At the end of the input, CPython reports the last line with
            // no column (and prints no caret).
            TokenKind::Dedent | TokenKind::EndMarker if at_eof => {
                let body = self.src.strip_suffix('\n').unwrap_or(self.src);
                let line = body.matches('\n').count() as u32 + 1;
                (line, crate::error::NO_COLUMN)
            }
            TokenKind::Dedent => (t.begin.line, t.begin.col.saturating_sub(1)),
            TokenKind::EndMarker => (t.begin.line, t.begin.col),
            TokenKind::Newline if i > 0 => {
                // CPython's NEWLINE token starts at a comment before it.
                let gap = &self.src[self.toks[i - 1].end as usize..t.start as usize];
                let mut r = self.tok_range(i);
                if let Some(h) = gap.find('#').filter(|_| !gap.contains('\n')) {
                    r.col_offset = r.col_offset.saturating_sub((gap.len() - h) as u32);
                }
                return r;
            }
            _ => return self.tok_range(i),
        };
        Range {
            lineno: line,
            col_offset: col,
            end_lineno: line,
            end_col_offset: col,
        }
    }
}
