//! SyntaxError and its subclasses, as the front end reports them.

/// The column value that stands for CPython's `offset` 0 or None: an error
/// with no column (at the end of the input, or about the whole source),
/// printed without a caret line.
pub const NO_COLUMN: u32 = u32::MAX;

/// Which built-in exception class a syntax error is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn class_name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// A syntax error with its location. Lines are 1-based; columns are 0-based
/// UTF-8 byte offsets into the line, like AST columns. CPython's `offset` and
/// `end_offset` (1-based, in characters) are derived from them and the line's
/// text when the error is formatted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub lineno: u32,
    pub col: u32,
    pub end_lineno: u32,
    pub end_col: u32,
}
