//! `from __future__ import ...` statements (CPython's Python/future.c).
//!
//! Future imports must come first in a module (after an optional docstring);
//! the features they enable change how the rest of the module compiles.

use crate::error::{syntax_error, CompileResult};
use taipan_syntax::ast::{ExprKind, Range, Stmt, StmtKind};

/// The features enabled by `from __future__ import ...`, and where the last
/// valid future import ends (later ones are errors).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FutureFeatures {
    /// `annotations` (PEP 563): annotations are compiled to strings.
    pub annotations: bool,
    /// `barry_as_FLUFL`: `<>` is the inequality operator (the parser's business).
    pub barry_as_flufl: bool,
    /// The location of the last future import in the leading block.
    pub location: Range,
}

/// Features that have been mandatory for so long that importing them is a no-op.
const MANDATORY: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "generator_stop",
];

/// Scans the leading future imports of a module body.
pub fn parse_future(body: &[Stmt]) -> CompileResult<FutureFeatures> {
    let mut features = FutureFeatures::default();
    for (i, stmt) in body.iter().enumerate() {
        match &stmt.kind {
            StmtKind::Expr { value } if i == 0 => {
                if let ExprKind::Constant {
                    value: taipan_syntax::ast::Constant::Str(_),
                    ..
                } = value.kind
                {
                    continue;
                }
                break;
            }
            StmtKind::ImportFrom {
                module: Some(module),
                names,
                level: 0,
            } if module == "__future__" => {
                for alias in names {
                    match alias.name.as_str() {
                        "annotations" => features.annotations = true,
                        "barry_as_FLUFL" => features.barry_as_flufl = true,
                        "braces" => return Err(syntax_error("not a chance", alias.range)),
                        name if MANDATORY.contains(&name) => {}
                        name => {
                            return Err(syntax_error(
                                format!("future feature {name} is not defined"),
                                alias.range,
                            ))
                        }
                    }
                }
                features.location = stmt.range;
            }
            _ => break,
        }
    }
    Ok(features)
}
