//! Printing uncaught exceptions the way CPython 3.14 does (without the
//! caret lines yet).

use taipan_syntax::ast;

use super::attrs;
use super::objects::{Position, TracebackObject};
use crate::object::Value;
use crate::types::exceptions::ExceptionObject;
use crate::types::{singletons, str as pystr};

fn raw_line(filename: &str, line: i32) -> Option<String> {
    if line < 1 {
        return None;
    }
    let text = std::fs::read_to_string(filename).ok()?;
    text.lines().nth((line - 1) as usize).map(str::to_string)
}

fn char_index(s: &str, byte: usize) -> usize {
    s.char_indices().take_while(|(i, _)| *i < byte).count()
}

fn parse_expr_stmt(src: &str) -> Option<taipan_syntax::ast::Stmt> {
    match taipan_syntax::parser::parse_module(src).ok()? {
        ast::Mod::Module { mut body, .. } if !body.is_empty() => Some(body.remove(0)),
        _ => None,
    }
}

/// The `^` range inside `segment` (char offsets), as traceback.py's
/// `_extract_caret_anchors_from_line_segment` finds it for a binary
/// operation, a subscript or a call.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let wrapped = format!("(\n{segment}\n)");
    let stmt = parse_expr_stmt(&wrapped)?;
    let ast::StmtKind::Expr { value } = stmt.kind else {
        return None;
    };
    let chars: Vec<char> = segment.chars().collect();
    let at = |r: &ast::Range, end: bool| -> Option<usize> {
        let (line, col) = if end {
            (r.end_lineno, r.end_col_offset)
        } else {
            (r.lineno, r.col_offset)
        };
        (line == 2).then(|| char_index(segment, col as usize))
    };
    match &value.kind {
        ast::ExprKind::BinOp { left, .. } => {
            let mut c = at(&left.range, true)?;
            while c < chars.len() && (chars[c].is_whitespace() || chars[c] == ')') {
                c += 1;
            }
            let mut right = c + 1;
            if right < chars.len() && !chars[right].is_whitespace() && !"\\#".contains(chars[right])
            {
                right += 1;
            }
            Some((c, right))
        }
        ast::ExprKind::Subscript { value: v, .. } | ast::ExprKind::Call { func: v, .. } => {
            let open = if matches!(value.kind, ast::ExprKind::Call { .. }) {
                '('
            } else {
                '['
            };
            let mut c = at(&v.range, true)?;
            while c < chars.len() && chars[c] != open {
                c += 1;
            }
            let end = at(&value.range, true)?;
            Some((c, end))
        }
        _ => None,
    }
}

/// traceback.py's `_should_show_carets` for a one-line statement.
fn spans_simple_statement(stripped: &str, start: usize, end: usize) -> bool {
    let Some(stmt) = parse_expr_stmt(stripped) else {
        return false;
    };
    let value = match &stmt.kind {
        ast::StmtKind::Return { value: Some(v) } => match &v.kind {
            ast::ExprKind::Call { func, .. } if matches!(func.kind, ast::ExprKind::Name { .. }) => {
                Some(v)
            }
            _ => None,
        },
        ast::StmtKind::Assign { targets, value, .. }
            if targets.len() == 1 && matches!(targets[0].kind, ast::ExprKind::Name { .. }) =>
        {
            matches!(value.kind, ast::ExprKind::Call { .. }).then_some(value)
        }
        _ => None,
    };
    value.is_some_and(|v| {
        v.range.lineno == 1
            && v.range.end_lineno == 1
            && char_index(stripped, v.range.col_offset as usize) == start
            && char_index(stripped, v.range.end_col_offset as usize) == end
    })
}

/// The source line and, where CPython shows one, the caret line.
fn source_lines(filename: &str, pos: Option<Position>) -> Vec<String> {
    let Some(p) = pos else { return Vec::new() };
    let Some(raw) = raw_line(filename, p.line) else {
        return Vec::new();
    };
    let stripped = raw.trim();
    if stripped.is_empty() {
        return Vec::new();
    }
    let mut out = vec![format!("    {stripped}")];
    if p.end_line != p.line || p.col < 0 || p.end_col < 0 {
        return out;
    }
    let indent = raw.chars().take_while(|c| c.is_whitespace()).count();
    let start = char_index(&raw, p.col as usize);
    let end = char_index(&raw, p.end_col as usize);
    if end <= start || start < indent {
        return out;
    }
    let segment: String = raw.chars().skip(start).take(end - start).collect();
    let anchor = anchors(&segment);
    let (s_rel, e_rel) = (start - indent, end - indent);
    let show = if spans_simple_statement(stripped.trim_end(), s_rel, e_rel) {
        false
    } else if anchor.is_some() {
        true
    } else {
        let before: String = raw.chars().take(start).collect();
        let after: String = raw.chars().skip(end).collect();
        !before.trim().is_empty() || !after.trim().is_empty()
    };
    if show {
        let mut line = " ".repeat(4 + s_rel);
        for i in 0..(end - start) {
            line.push(match anchor {
                Some((a, b)) if i < a || i >= b => '~',
                _ => '^',
            });
        }
        out.push(line);
    }
    out
}

fn format_one(exc: &Value, out: &mut String) {
    let tb = attrs::exc_traceback(exc);
    if !singletons::is_none(&tb) {
        out.push_str("Traceback (most recent call last):\n");
        format_stack(tb, out);
    }
    format_exception_only(exc, out);
}

/// The frame lines of a traceback (without the heading).
pub(super) fn format_stack(tb: Value, out: &mut String) {
    {
        let mut t = tb;
        // traceback.py collapses a frame repeated more than three times.
        let mut last: Option<(String, i32, String)> = None;
        let mut count = 0usize;
        let flush = |out: &mut String, count: usize| {
            if count > 3 {
                let n = count - 3;
                out.push_str(&format!(
                    "  [Previous line repeated {n} more time{}]\n",
                    if n == 1 { "" } else { "s" }
                ));
            }
        };
        while let Some(tbo) = t.downcast::<TracebackObject>() {
            let file = pystr::to_string_lossy(&tbo.code.filename);
            let name = pystr::to_string_lossy(&tbo.code.name);
            let pos = tbo.code.line_of(tbo.lasti);
            let line = pos.map_or(-1, |p| p.line);
            let key = (file.clone(), line, name.clone());
            if last.as_ref() == Some(&key) {
                count += 1;
            } else {
                flush(out, count);
                last = Some(key);
                count = 1;
            }
            if count <= 3 {
                out.push_str(&format!("  File \"{file}\", line {line}, in {name}\n"));
                for l in source_lines(&file, pos) {
                    out.push_str(&l);
                    out.push('\n');
                }
            }
            let next = tbo.next.clone();
            t = next;
        }
        flush(out, count);
    }
}

/// The `Type: message` line(s) of an exception.
pub(super) fn format_exception_only(exc: &Value, out: &mut String) {
    let ty = exc.type_of();
    let qual = if ty.module == "builtins" || ty.module == "__main__" {
        ty.qualname.to_string()
    } else {
        format!("{}.{}", ty.module, ty.qualname)
    };
    let msg = match crate::ops::str(exc) {
        Ok(s) => pystr::to_string_lossy(&s),
        Err(_) => "<exception str() failed>".to_string(),
    };
    if msg.is_empty() {
        out.push_str(&format!("{qual}\n"));
    } else {
        out.push_str(&format!("{qual}: {msg}\n"));
    }
}

/// The full report of an uncaught exception, chained exceptions first.
pub fn format_exception(exc: &Value) -> String {
    if super::exception_groups::needs_group_report(exc) {
        return super::exception_groups::format_report(exc);
    }
    let mut out = String::new();
    if let Some(e) = exc.downcast::<ExceptionObject>() {
        let h = crate::object::PyPayload::header(e);
        let cause = e.cause.get(h);
        let context = e.context.get(h);
        if !singletons::is_none(&cause) {
            out.push_str(&format_exception(&cause));
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if !singletons::is_none(&context) && !e.suppress_context.with(h, |b| *b) {
            out.push_str(&format_exception(&context));
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    format_one(exc, &mut out);
    out
}
