//! The "Did you mean 'for'?" hint CPython's traceback module adds to a bare
//! "invalid syntax" error: a name on the error line that is one edit away
//! from a keyword, and that makes the code compile once replaced.
//!
//! As CPython does it: the file's lines up to the error line, dedented,
//! are tokenized (only when they hold at most 1024 characters); each of the
//! first ten non-keyword names on the error line is tried against its
//! closest keywords, and the first replacement that `codeop` accepts wins.

use crate::codeop::compile_command_accepts;
use crate::error_report::is_python_space;
use crate::suggestions::{best_suggestion, close_matches};
use crate::token::TokenKind;
use crate::tokenizer::Lexer;

/// `keyword.kwlist`.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Larger error contexts are not searched.
const MAX_CONTEXT_CHARS: usize = 1024;
/// How many names on the error line are tried.
const MAX_NAMES: usize = 10;
/// How many keywords are tried per name.
const MAX_MATCHES: usize = 3;

/// A misspelled keyword: where it is (1-based line, 0-based character
/// columns in `text`, the dedented line) and what it should be.
#[derive(Debug, PartialEq, Eq)]
pub struct KeywordTypo {
    pub lineno: u32,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub keyword: &'static str,
}

/// Whether an error message gets the keyword-typo search.
pub fn wants_keyword_hint(msg: &str) -> bool {
    msg == "invalid syntax" || msg.contains("Perhaps you forgot a comma")
}

/// The keyword typo behind a syntax error on line `lineno` of `source`.
pub fn find_keyword_typo(source: &str, lineno: u32) -> Option<KeywordTypo> {
    let lines = split_lines(source);
    let upto = (lineno as usize).min(lines.len());
    let code = dedent(&lines[..upto].join("\n"));
    if code.chars().count() > MAX_CONTEXT_CHARS {
        return None;
    }
    let error_lines = split_lines(&code);
    let mut lexer = Lexer::new(&code, true);
    let mut names_left = MAX_NAMES;
    loop {
        // A tokenizer error ends the search, as the exception does in CPython.
        let token = lexer.next_token().ok()?;
        match token.kind {
            TokenKind::EndMarker => return None,
            TokenKind::Name if token.begin.line == lineno => {}
            _ => continue,
        }
        if names_left == 0 {
            return None;
        }
        names_left -= 1;
        let name = token.text(&code);
        let line_start = code[..token.start as usize]
            .rfind('\n')
            .map_or(0, |i| i + 1);
        let start = code[line_start..token.start as usize].chars().count();
        let end = start + name.chars().count();
        let row = (token.begin.line - 1) as usize;
        let mut candidates: Vec<&'static str> =
            best_suggestion(KEYWORDS, name).into_iter().collect();
        candidates.extend(close_matches(name, KEYWORDS, MAX_MATCHES, 0.5));
        candidates.truncate(MAX_MATCHES);
        for keyword in candidates.into_iter().filter(|&k| k != name) {
            let mut edited: Vec<String> = error_lines.iter().map(|l| l.to_string()).collect();
            let Some(line) = edited.get_mut(row) else {
                continue;
            };
            let chars: Vec<char> = line.chars().collect();
            *line = chars[..start]
                .iter()
                .chain(keyword.chars().collect::<Vec<_>>().iter())
                .chain(chars[end.min(chars.len())..].iter())
                .collect();
            if compile_command_accepts(&edited.join("\n")) {
                let line_end = code[line_start..]
                    .find('\n')
                    .map_or(code.len(), |i| line_start + i + 1);
                return Some(KeywordTypo {
                    lineno: token.begin.line,
                    text: code[line_start..line_end].to_string(),
                    start,
                    end,
                    keyword,
                });
            }
        }
    }
}

/// `str.splitlines()`: lines without their ends, which are any of the
/// Unicode line boundaries.
fn split_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        match rest.char_indices().find(|&(_, c)| is_line_boundary(c)) {
            Some((i, c)) => {
                lines.push(&rest[..i]);
                let mut next = i + c.len_utf8();
                if c == '\r' && rest[next..].starts_with('\n') {
                    next += 1;
                }
                rest = &rest[next..];
            }
            None => {
                lines.push(rest);
                break;
            }
        }
    }
    lines
}

fn is_line_boundary(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `textwrap.dedent`: removes the longest run of spaces and tabs that
/// the smallest and the largest non-blank line start with; blank lines
/// become empty.
fn dedent(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let is_blank = |l: &str| l.chars().all(is_python_space);
    let non_blank = lines
        .iter()
        .copied()
        .filter(|l| !l.is_empty() && !is_blank(l));
    let smallest = non_blank.clone().min().unwrap_or("");
    let largest = non_blank.max().unwrap_or("");
    let margin = smallest
        .bytes()
        .zip(largest.bytes())
        .take_while(|&(a, b)| a == b && (a == b' ' || a == b'\t'))
        .count();
    lines
        .iter()
        .map(|l| {
            if !l.is_empty() && is_blank(l) {
                ""
            } else {
                l.get(margin..).unwrap_or("")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typo(source: &str, lineno: u32) -> Option<(u32, usize, usize, &'static str)> {
        find_keyword_typo(source, lineno).map(|t| (t.lineno, t.start, t.end, t.keyword))
    }

    // Expected results are what CPython 3.14 prints for the same files.
    #[test]
    fn typos_found() {
        assert_eq!(typo("fro x in y:\n    pass\n", 1), Some((1, 0, 3, "for")));
        assert_eq!(
            typo("x = 1\ny = 2\nfro x in y:\n    pass\n", 3),
            Some((3, 0, 3, "for"))
        );
        assert_eq!(
            typo("def f():\n    x = 1\n    fro x in y:\n        pass\n", 3),
            Some((3, 4, 7, "for"))
        );
        assert_eq!(typo("improt os\n", 1), Some((1, 0, 6, "import")));
        assert_eq!(typo("whille x:\n    pass\n", 1), Some((1, 0, 6, "while")));
        assert_eq!(typo("dfe f():\n    pass\n", 1), Some((1, 0, 3, "def")));
    }

    #[test]
    fn typos_rejected() {
        // `return` outside a function does not compile.
        assert_eq!(typo("x = 1\nif x:\n    retrun 2\n", 3), None);
        assert_eq!(typo("a = b ? c : d\n", 1), None);
        let long = format!("x = {}\nfro x in y:\n    pass\n", "1 + ".repeat(300) + "1");
        assert_eq!(typo(&long, 2), None);
    }

    #[test]
    fn helpers() {
        assert_eq!(split_lines("a\nb\x0cc\r\nd"), ["a", "b", "c", "d"]);
        assert_eq!(dedent("    a\n      b\n   \n    c"), "a\n  b\n\nc");
        assert_eq!(dedent("\ta\n    b"), "\ta\n    b");
    }
}
