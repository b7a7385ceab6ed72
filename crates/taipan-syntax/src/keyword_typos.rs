//! The "Did you mean 'for'?" hint CPython's traceback module adds to a bare
//! "invalid syntax" error: a name on the error line that is one edit away
//! from a keyword, and that makes the code compile once replaced.
//!
//! As CPython does it: the file's lines up to the error line, dedented,
//! are tokenized (only when they hold at most 1024 characters); each of the
//! first ten non-keyword names on the error line is tried against its
//! closest keywords, and the first replacement that `codeop` accepts wins.

use crate::ast::{Mod, Stmt, StmtKind};
use crate::codeop::compile_command_accepts;
use crate::error_report::is_python_space;
use crate::parser::parse_module;
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
/// How many shorter prefixes are parsed to find the statements before the
/// error's own.
const MAX_PREFIX_TRIES: usize = 20;

/// A misspelled keyword: where it is (0-based character columns in `text`,
/// its line as dedented for the search) and what it should be.
#[derive(Debug, PartialEq, Eq)]
pub struct KeywordTypo {
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
    let first = last_compound_statement_line(&lines[..upto]).max(1);
    let code = dedent(&lines[first - 1..upto].join("\n"));
    // The error line, counted from the first line of `code`.
    let lineno = lineno + 1 - first as u32;
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
            // `splitlines` may cut lines where the tokenizer does not.
            let chars: Vec<char> = line.chars().collect();
            let (Some(before), Some(after)) = (chars.get(..start), chars.get(end..)) else {
                continue;
            };
            *line = before
                .iter()
                .copied()
                .chain(keyword.chars())
                .chain(after.iter().copied())
                .collect();
            if compile_command_accepts(&edited.join("\n")) {
                let line_end = code[line_start..]
                    .find('\n')
                    .map_or(code.len(), |i| line_start + i + 1);
                return Some(KeywordTypo {
                    text: code[line_start..line_end].to_string(),
                    start,
                    end,
                    keyword,
                });
            }
        }
    }
}

/// CPython searches from the last compound statement (other than a
/// function definition) that the parser completed before the error, or
/// from the first line when there is none: the line of the last such
/// statement to start, among those `lines` (the file up to the error line)
/// end before the error line.
fn last_compound_statement_line(lines: &[&str]) -> usize {
    let Some((error_line, before)) = lines.split_last() else {
        return 0;
    };
    // The statements before the one that holds the error: the longest
    // prefix that parses (the error's statement may start lines earlier).
    let Some(body) = (0..=before.len())
        .rev()
        .take(MAX_PREFIX_TRIES)
        .find_map(
            |end| match parse_module(&format!("{}\n", before[..end].join("\n"))) {
                Ok(Mod::Module { body, .. }) => Some(body),
                _ => None,
            },
        )
    else {
        return 0;
    };
    let indent = |line: &str| {
        let code = line.trim_start_matches([' ', '\t', '\x0c']);
        (!code.is_empty() && !code.starts_with('#')).then_some(line.len() - code.len())
    };
    // Its block was closed by a later line indented no deeper than it.
    let closed = |s: &Stmt| {
        before[s.range.end_lineno as usize..]
            .iter()
            .chain(std::iter::once(error_line))
            .filter_map(|l| indent(l))
            .any(|width| width <= s.range.col_offset as usize)
    };
    // An `elif` is part of its `if` statement, not a statement of its own.
    let mut elifs = Vec::new();
    visit_statements(&body, &mut |s| {
        if let StmtKind::If { orelse, .. } = &s.kind {
            if let [inner @ Stmt {
                kind: StmtKind::If { .. },
                ..
            }] = orelse.as_slice()
            {
                if inner.range.col_offset == s.range.col_offset {
                    elifs.push(inner.range);
                }
            }
        }
    });
    let mut best = None;
    visit_statements(&body, &mut |s| {
        let compound = !matches!(
            s.kind,
            StmtKind::FunctionDef(_) | StmtKind::AsyncFunctionDef(_)
        ) && !child_blocks(s).is_empty()
            && !elifs.contains(&s.range);
        let at = (s.range.lineno, s.range.col_offset);
        if compound && closed(s) && best.is_none_or(|b| at > b) {
            best = Some(at);
        }
    });
    best.map_or(0, |(line, _)| line as usize)
}

fn visit_statements(body: &[Stmt], f: &mut impl FnMut(&Stmt)) {
    for s in body {
        f(s);
        for block in child_blocks(s) {
            visit_statements(block, f);
        }
    }
}

/// The statement lists directly inside a statement.
fn child_blocks(s: &Stmt) -> Vec<&[Stmt]> {
    match &s.kind {
        StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => vec![&f.body],
        StmtKind::ClassDef(c) => vec![&c.body],
        StmtKind::For(f) | StmtKind::AsyncFor(f) => vec![&f.body, &f.orelse],
        StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
            vec![body, orelse]
        }
        StmtKind::With(w) | StmtKind::AsyncWith(w) => vec![&w.body],
        StmtKind::Try(t) | StmtKind::TryStar(t) => {
            let mut blocks: Vec<&[Stmt]> = vec![&t.body];
            blocks.extend(t.handlers.iter().map(|h| h.body.as_slice()));
            blocks.push(&t.orelse);
            blocks.push(&t.finalbody);
            blocks
        }
        StmtKind::Match { cases, .. } => cases.iter().map(|c| c.body.as_slice()).collect(),
        _ => Vec::new(),
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

    fn typo(source: &str, lineno: u32) -> Option<(usize, usize, &'static str)> {
        find_keyword_typo(source, lineno).map(|t| (t.start, t.end, t.keyword))
    }

    // Expected results are what CPython 3.14 prints for the same files.
    #[test]
    fn typos_found() {
        assert_eq!(typo("fro x in y:\n    pass\n", 1), Some((0, 3, "for")));
        assert_eq!(
            typo("x = 1\ny = 2\nfro x in y:\n    pass\n", 3),
            Some((0, 3, "for"))
        );
        assert_eq!(
            typo("def f():\n    x = 1\n    fro x in y:\n        pass\n", 3),
            Some((4, 7, "for"))
        );
        assert_eq!(typo("improt os\n", 1), Some((0, 6, "import")));
        assert_eq!(typo("whille x:\n    pass\n", 1), Some((0, 6, "while")));
        assert_eq!(typo("dfe f():\n    pass\n", 1), Some((0, 3, "def")));
        // The search starts at the `if`.
        assert_eq!(
            typo("x = 1\nif a:\n    pass\nfro x in y:\n    pass\n", 4),
            Some((0, 3, "for"))
        );
    }

    #[test]
    fn typos_rejected() {
        // `return` outside a function does not compile.
        assert_eq!(typo("x = 1\nif x:\n    retrun 2\n", 3), None);
        assert_eq!(typo("a = b ? c : d\n", 1), None);
        // From the `async with` on, the code is outside an async function.
        let source = "async def f():\n    async with c:\n        pass\n    {i: j async for i, j in h() if awit i}\n";
        assert_eq!(typo(source, 4), None);
        let long = format!("x = {}\nfro x in y:\n    pass\n", "1 + ".repeat(300) + "1");
        assert_eq!(typo(&long, 2), None);
    }

    #[test]
    fn search_start() {
        let lines = |s: &'static str| split_lines(s);
        assert_eq!(last_compound_statement_line(&lines("fro x")), 0);
        assert_eq!(last_compound_statement_line(&lines("if a:\n    fro x")), 0);
        assert_eq!(
            last_compound_statement_line(&lines(
                "try:\n    if a: pass\nexcept E:\n    pass\nfro x"
            )),
            2
        );
        assert_eq!(
            last_compound_statement_line(&lines("def f():\n    pass\nfro x")),
            0
        );
        assert_eq!(
            last_compound_statement_line(&lines("class C:\n    pass\nfro x")),
            1
        );
        assert_eq!(
            last_compound_statement_line(&lines("if a:\n    pass\nelif b:\n    pass\nele:")),
            1
        );
        // The error's statement starts on line 3, inside brackets.
        assert_eq!(
            last_compound_statement_line(&lines("while a:\n    pass\nx = [\n  1,\n  fro")),
            1
        );
    }

    #[test]
    fn helpers() {
        assert_eq!(split_lines("a\nb\x0cc\r\nd"), ["a", "b", "c", "d"]);
        assert_eq!(dedent("    a\n      b\n   \n    c"), "a\n  b\n\nc");
        assert_eq!(dedent("\ta\n    b"), "\ta\n    b");
    }
}
