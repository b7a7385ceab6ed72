//! Source locations of instructions while they are in the code generator
//! and the control-flow graph (CPython's `_Py_SourceLocation`).
//!
//! Deliberately separate from `taipan_bytecode::Location`, which describes
//! a finished `co_linetable` entry: here a line of -1 means "none" and -2
//! means "take the next instruction's location" (`NEXT_LOCATION`), markers
//! that the flow-graph passes keep and assembly resolves before it turns
//! each location into the table's form with [`Location::to_table`].

/// A source location: lines 1-based, columns 0-based UTF-8 byte offsets;
/// `lineno == -1` for none (CPython's `NO_LOCATION`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Location {
    pub lineno: i32,
    pub end_lineno: i32,
    pub col: i32,
    pub end_col: i32,
}

impl Location {
    pub const NONE: Location = Location {
        lineno: -1,
        end_lineno: -1,
        col: -1,
        end_col: -1,
    };

    pub fn from_range(r: taipan_syntax::ast::Range) -> Location {
        Location {
            lineno: r.lineno as i32,
            end_lineno: r.end_lineno as i32,
            col: r.col_offset as i32,
            end_col: r.end_col_offset as i32,
        }
    }
}

impl Location {
    /// The location as the location table stores it (no line: none).
    pub fn to_table(self) -> taipan_bytecode::Location {
        let known = |v: i32| (v >= 0).then_some(v);
        match known(self.lineno) {
            None => taipan_bytecode::Location::NONE,
            Some(line) => taipan_bytecode::Location {
                line: Some(line),
                end_line: known(self.end_lineno),
                col: known(self.col),
                end_col: known(self.end_col),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_locations() {
        assert_eq!(Location::NONE.to_table(), taipan_bytecode::Location::NONE);
        let l = Location {
            lineno: 3,
            end_lineno: 4,
            col: -1,
            end_col: 7,
        };
        let t = l.to_table();
        assert_eq!(
            (t.line, t.end_line, t.col, t.end_col),
            (Some(3), Some(4), None, Some(7))
        );
    }
}
