//! Building the `SyntaxError`s that the symbol table and code generator raise.

use taipan_syntax::ast::Range;
use taipan_syntax::{SyntaxError, SyntaxErrorKind};

/// A `SyntaxError` with `msg` covering `range` (CPython reports compiler
/// errors at the offending node's full range).
pub fn syntax_error(msg: impl Into<String>, range: Range) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: msg.into(),
        lineno: range.lineno,
        col: range.col_offset,
        end_lineno: range.end_lineno,
        end_col: range.end_col_offset,
    }
}

pub type CompileResult<T> = Result<T, SyntaxError>;
