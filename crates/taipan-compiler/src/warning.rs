//! Warnings the compiler raises. CPython's compiler calls the `warnings`
//! module as it goes; this one has no interpreter to call, so it collects
//! them and hands them back with the code object for the caller to show or
//! raise (the CLI prints them as CPython's default filter does).

use taipan_syntax::ast::Range;

/// The warning's class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WarningCategory {
    SyntaxWarning,
}

impl WarningCategory {
    pub fn name(self) -> &'static str {
        match self {
            WarningCategory::SyntaxWarning => "SyntaxWarning",
        }
    }
}

/// One warning, at the node it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileWarning {
    pub category: WarningCategory,
    pub msg: String,
    pub range: Range,
}
