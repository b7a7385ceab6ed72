//! The text CPython 3.14 prints on stderr for an uncaught SyntaxError
//! (or IndentationError, TabError) raised while compiling a file:
//!
//! ```text
//!   File "path", line N
//!     <the line, leading spaces and form feeds removed>
//!     <spaces>^^^^
//! SyntaxError: message
//! ```
//!
//! The caret line is derived the way `traceback` derives it from the
//! exception's `offset`/`end_offset` (1-based character positions); those
//! come from the error's byte columns and the line's text.

use crate::error::SyntaxError;
use crate::keyword_typos::{find_keyword_typo, wants_keyword_hint};
use std::fmt::Write;

/// The column value that stands for CPython's `offset == 0`: a file-mode
/// error reported at the end of the input, printed without a caret line.
pub const NO_COLUMN: u32 = u32::MAX;

/// The report for `err`, raised while compiling `filename` whose decoded
/// text is `source` (None when the bytes could not be decoded).
pub fn format_syntax_error(err: &SyntaxError, filename: &str, source: Option<&str>) -> String {
    let mut msg = if err.msg.is_empty() {
        "<no detail available>".to_string()
    } else {
        err.msg.clone()
    };
    // The line as CPython reads it back: a C string, cut at a NUL.
    let mut text =
        source
            .and_then(|s| source_line(s, err.lineno))
            .map(|line| match line.find('\0') {
                Some(nul) => line[..nul].to_string(),
                None => line,
            });
    let mut span = text.as_deref().map(|t| caret_span(err, t));
    // The hint is only sought for an error that shows its line.
    if let (Some(source), true, true) = (source, text.is_some(), wants_keyword_hint(&err.msg)) {
        if let Some(typo) = find_keyword_typo(source, err.lineno) {
            msg = format!("invalid syntax. Did you mean '{}'?", typo.keyword);
            span = Some((typo.start as i64 + 1, typo.end as i64 + 1, true));
            text = Some(typo.text);
        }
    }
    let mut out = String::new();
    // The line number stays the error's, even when the hint points elsewhere.
    let _ = writeln!(out, "  File \"{filename}\", line {}", err.lineno);
    if let (Some(text), Some((offset, end_offset, same_line))) = (text, span) {
        write_source_line(&text, offset, end_offset, same_line, &mut out);
    }
    out.push_str(err.kind.class_name());
    out.push_str(": ");
    out.push_str(&msg);
    out.push('\n');
    out
}

/// CPython's `offset` and `end_offset` for `err` on its line `text`, and
/// whether the error ends on that line.
fn caret_span(err: &SyntaxError, text: &str) -> (i64, i64, bool) {
    let same_line = err.lineno == err.end_lineno;
    let end_offset = if same_line {
        char_offset(text, err.end_col)
    } else {
        0
    };
    (char_offset(text, err.col), end_offset, same_line)
}

/// Line `lineno` (1-based) of `source` with its line end as `\n`, as
/// CPython reads it back from the file (universal newlines). None past the
/// last line.
pub fn source_line(source: &str, lineno: u32) -> Option<String> {
    let index = usize::try_from(lineno).ok()?.checked_sub(1)?;
    let mut rest = source;
    for _ in 0..index {
        let end = rest.find(['\n', '\r'])?;
        let skip = if rest[end..].starts_with("\r\n") {
            2
        } else {
            1
        };
        rest = &rest[end + skip..];
    }
    if rest.is_empty() {
        return None;
    }
    Some(match rest.find(['\n', '\r']) {
        Some(end) => format!("{}\n", &rest[..end]),
        None => rest.to_string(),
    })
}

/// CPython's 1-based character offset (`SyntaxError.offset`) of byte
/// column `col` in `line`: the column is clamped to the line, a split
/// character counts as one replacement character, [`NO_COLUMN`] is 0.
pub fn char_offset(line: &str, col: u32) -> i64 {
    if col == NO_COLUMN {
        return 0;
    }
    let col = (col as usize).min(line.len() + 1);
    let bytes = &line.as_bytes()[..col.min(line.len())];
    let chars = String::from_utf8_lossy(bytes).chars().count() + (col - bytes.len());
    chars as i64 + 1
}

/// The source line and its carets, the way `traceback` lays them out.
fn write_source_line(text: &str, offset: i64, end_offset: i64, same_line: bool, out: &mut String) {
    let rtext = text.trim_end_matches('\n');
    let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
    let spaces = (rtext.chars().count() - ltext.chars().count()) as i64;
    let text_len = text.chars().count() as i64;
    let rtext_len = text_len - (text.len() - rtext.len()) as i64;
    out.push_str("    ");
    out.push_str(ltext);
    out.push('\n');
    let mut offset = offset;
    let mut end_offset = if !same_line {
        rtext_len + 1
    } else if end_offset != 0 {
        end_offset
    } else {
        offset
    };
    if text_len > 0 && offset > text_len {
        offset = rtext_len + 1;
    }
    if text_len > 0 && end_offset > text_len {
        end_offset = rtext_len + 1;
    }
    if offset >= end_offset || end_offset < 0 {
        end_offset = offset + 1;
    }
    let colno = offset - 1 - spaces;
    let end_colno = end_offset - 1 - spaces;
    if colno < 0 {
        return;
    }
    out.push_str("    ");
    // Whitespace such as tabs is copied so that the carets line up.
    for c in ltext.chars().take(colno as usize) {
        out.push(if is_python_space(c) { c } else { ' ' });
    }
    out.extend(std::iter::repeat_n('^', (end_colno - colno) as usize));
    out.push('\n');
}

/// `str.isspace()` for one character.
pub(crate) fn is_python_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..='\x20'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::SyntaxErrorKind;

    fn error(kind: SyntaxErrorKind, msg: &str, at: (u32, u32, u32, u32)) -> SyntaxError {
        SyntaxError {
            kind,
            msg: msg.into(),
            lineno: at.0,
            col: at.1,
            end_lineno: at.2,
            end_col: at.3,
        }
    }

    fn report(source: &str, msg: &str, at: (u32, u32, u32, u32)) -> String {
        let err = error(SyntaxErrorKind::SyntaxError, msg, at);
        format_syntax_error(&err, "c.py", Some(source))
    }

    // Expected texts are what `python3.14 c.py` printed for the same source.
    #[test]
    fn single_caret_and_range() {
        assert_eq!(
            report("y = 2\r\nx = = 1\r\n", "invalid syntax", (2, 4, 2, 5)),
            "  File \"c.py\", line 2\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n"
        );
        assert_eq!(
            report("foo(a for a in b, c)\n", "m", (1, 4, 1, 16)),
            "  File \"c.py\", line 1\n    foo(a for a in b, c)\n        ^^^^^^^^^^^^\nSyntaxError: m\n"
        );
    }

    #[test]
    fn characters_not_bytes() {
        // x = "éé" + + = 3: the caret is under the second '+'.
        assert_eq!(
            report("x = \"éé\" + + = 3\n", "invalid syntax", (1, 15, 1, 16)),
            "  File \"c.py\", line 1\n    x = \"éé\" + + = 3\n                 ^\nSyntaxError: invalid syntax\n"
        );
    }

    #[test]
    fn indentation_is_stripped_but_tabs_kept() {
        assert_eq!(
            report("  x = 1 +\n", "invalid syntax", (1, 9, 1, 10)),
            "  File \"c.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n"
        );
        assert_eq!(
            report("a\tb = 1 +\n", "invalid syntax", (1, 2, 1, 3)),
            "  File \"c.py\", line 1\n    a\tb = 1 +\n     \t^\nSyntaxError: invalid syntax\n"
        );
        assert_eq!(
            report("\x0cx = = 1\n", "invalid syntax", (1, 5, 1, 6)),
            "  File \"c.py\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n"
        );
    }

    #[test]
    fn multi_line_range_runs_to_end_of_line() {
        assert_eq!(
            report("x = (1,\n 2 +\n 3 = 4)\n", "m", (2, 1, 3, 2)),
            "  File \"c.py\", line 2\n    2 +\n    ^^^\nSyntaxError: m\n"
        );
    }

    #[test]
    fn end_of_file_and_no_caret() {
        assert_eq!(
            report("x = 1 +", "invalid syntax", (1, 7, 1, 7)),
            "  File \"c.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n"
        );
        let err = error(
            SyntaxErrorKind::IndentationError,
            "expected an indented block after 'if' statement on line 1",
            (1, NO_COLUMN, 1, NO_COLUMN),
        );
        assert_eq!(
            format_syntax_error(&err, "c.py", Some("if x:\n")),
            "  File \"c.py\", line 1\n    if x:\nIndentationError: expected an indented block \
             after 'if' statement on line 1\n"
        );
        // An unexpected indent points inside the indentation: no caret.
        let err = error(
            SyntaxErrorKind::IndentationError,
            "unexpected indent",
            (1, 1, 1, 1),
        );
        assert_eq!(
            format_syntax_error(&err, "c.py", Some("  x = 1\n")),
            "  File \"c.py\", line 1\n    x = 1\nIndentationError: unexpected indent\n"
        );
    }

    #[test]
    fn without_source_line() {
        let err = error(SyntaxErrorKind::TabError, "m", (7, 0, 7, 1));
        assert_eq!(
            format_syntax_error(&err, "c.py", Some("x\n")),
            "  File \"c.py\", line 7\nTabError: m\n"
        );
        assert_eq!(source_line("a\rb\r\nc", 3).as_deref(), Some("c"));
        assert_eq!(source_line("a\rb\r\nc", 2).as_deref(), Some("b\n"));
        assert_eq!(source_line("a\n", 2), None);
    }
}
