//! Printing uncaught exceptions the way CPython 3.14 does (the layout of
//! `traceback.py`): chained exceptions, source lines with their caret
//! lines, repeated frames collapsed, SyntaxError details, "Did you mean"
//! suggestions and notes.

use std::collections::HashMap;

use taipan_bytecode::Location;
use taipan_syntax::ast;

use super::objects::TracebackObject;
use super::{attrs, frame_object, suggestions};
use crate::object::Value;
use crate::types::exceptions::{
    ExceptionObject, ATTRIBUTE_ERROR, IMPORT_ERROR, NAME_ERROR, SYNTAX_ERROR,
};
use crate::types::{dict, singletons, str as pystr};

/// Source files read while formatting one report (CPython's linecache).
#[derive(Default)]
struct Lines {
    files: HashMap<String, Option<Vec<String>>>,
}

impl Lines {
    fn line(&mut self, filename: &str, line: i32) -> Option<String> {
        if line < 1 {
            return None;
        }
        let lines = self.files.entry(filename.to_string()).or_insert_with(|| {
            std::fs::read_to_string(filename)
                .ok()
                .map(|t| t.lines().map(str::to_string).collect())
        });
        lines.as_ref()?.get((line - 1) as usize).cloned()
    }
}

fn char_index(s: &str, byte: usize) -> usize {
    s.char_indices().take_while(|(i, _)| *i < byte).count()
}

fn parse_first_stmt(src: &str) -> Option<ast::Stmt> {
    match taipan_syntax::parser::parse_module(src).ok()? {
        ast::Mod::Module { mut body, .. } if !body.is_empty() => Some(body.remove(0)),
        _ => None,
    }
}

/// `traceback._Anchors`: where the secondary (`^`) part of the carets
/// starts and ends, as (line, char column) within the segment.
struct Anchors {
    left: (usize, usize),
    right: (usize, usize),
}

/// traceback.py's `_extract_caret_anchors_from_line_segment`: the operator
/// of a binary operation, or the brackets of a subscript or call.
fn anchors(segment: &str) -> Option<Anchors> {
    let stmt = parse_first_stmt(&format!("(\n{segment}\n)"))?;
    let ast::StmtKind::Expr { value } = stmt.kind else {
        return None;
    };
    let lines: Vec<Vec<char>> = segment.split('\n').map(|l| l.chars().collect()).collect();
    let raw: Vec<&str> = segment.split('\n').collect();
    let normalize = |line: usize, col: u32| char_index(raw[line], col as usize);
    let next_valid = |mut line: usize, mut col: usize| -> Option<(usize, usize)> {
        while line < lines.len() && col >= lines[line].len() {
            col = 0;
            line += 1;
        }
        (line < lines.len()).then_some((line, col))
    };
    let increment_until = |(mut line, mut col): (usize, usize),
                           stop: &dyn Fn(char) -> bool|
     -> Option<(usize, usize)> {
        loop {
            let ch = lines[line][col];
            if ch == '\\' || ch == '#' {
                (line, col) = next_valid(line + 1, 0)?;
            } else if !stop(ch) {
                (line, col) = next_valid(line, col + 1)?;
            } else {
                return Some((line, col));
            }
        }
    };
    let end_of = |r: &ast::Range| -> Option<(usize, usize)> {
        let line = (r.end_lineno as usize).checked_sub(2)?;
        Some((line, normalize(line, r.end_col_offset)))
    };
    match &value.kind {
        ast::ExprKind::BinOp { left, right, .. } => {
            let (l, c) = end_of(&left.range)?;
            let (l, c) = next_valid(l, c)?;
            let (line, col) = increment_until((l, c), &|ch| !ch.is_whitespace() && ch != ')')?;
            let mut right_col = col + 1;
            let right_line = (right.range.lineno as usize).checked_sub(2)?;
            if right_col < lines[line].len()
                && (right_line > line || right_col < normalize(right_line, right.range.col_offset))
                && !lines[line][right_col].is_whitespace()
                && !"\\#".contains(lines[line][right_col])
            {
                right_col += 1;
            }
            Some(Anchors {
                left: (line, col),
                right: (line, right_col),
            })
        }
        ast::ExprKind::Subscript { value: v, .. } | ast::ExprKind::Call { func: v, .. } => {
            let open = if matches!(value.kind, ast::ExprKind::Call { .. }) {
                '('
            } else {
                '['
            };
            let (l, c) = end_of(&v.range)?;
            let start = next_valid(l, c)?;
            let left = increment_until(start, &|ch| ch == open)?;
            let right = end_of(&value.range)?;
            Some(Anchors { left, right })
        }
        _ => None,
    }
}

/// traceback.py's `_should_show_carets`: no carets for a statement that
/// is just `return f(...)` or `x = f(...)` spanning the whole segment.
fn should_show_carets(start: usize, end: usize, all_lines: &[String], anchors: bool) -> bool {
    if let Some(stmt) = parse_first_stmt(&all_lines.join("\n")) {
        let value = match &stmt.kind {
            ast::StmtKind::Return { value: Some(v) } => match &v.kind {
                ast::ExprKind::Call { func, .. }
                    if matches!(func.kind, ast::ExprKind::Name { .. }) =>
                {
                    Some(v)
                }
                _ => None,
            },
            ast::StmtKind::Assign { targets, value, .. }
                if targets.len() == 1
                    && matches!(targets[0].kind, ast::ExprKind::Name { .. })
                    && matches!(value.kind, ast::ExprKind::Call { .. }) =>
            {
                Some(value)
            }
            _ => None,
        };
        if let Some(v) = value {
            let last = all_lines.len();
            if v.range.lineno == 1
                && v.range.end_lineno as usize == last
                && char_index(&all_lines[0], v.range.col_offset as usize) == start
                && char_index(&all_lines[last - 1], v.range.end_col_offset as usize) == end
            {
                return false;
            }
        }
    }
    if anchors {
        return true;
    }
    let first: String = all_lines[0].chars().take(start).collect();
    let last: String = all_lines[all_lines.len() - 1].chars().skip(end).collect();
    !first.trim_start().is_empty() || !last.trim_end().is_empty()
}

/// `textwrap.dedent` for lines of spaces and tabs.
fn dedent(lines: &[String]) -> Vec<String> {
    let margin = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches([' ', '\t']).len())
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .map(|l| {
            if l.trim().is_empty() {
                String::new()
            } else {
                l[margin.min(l.len())..].to_string()
            }
        })
        .collect()
}

/// The source lines of one frame summary with their carets (traceback.py's
/// `format_frame_summary`), each indented by four spaces.
fn source_lines(lines: &mut Lines, filename: &str, p: Location) -> Vec<String> {
    let Some(line) = p.line else {
        return Vec::new();
    };
    let end_line = p.end_line.unwrap_or(line).max(line);
    let original: Vec<String> = (line..=end_line)
        .map(|l| {
            lines
                .line(filename, l)
                .unwrap_or_default()
                .trim_end()
                .to_string()
        })
        .collect();
    if original.iter().all(|l| l.trim().is_empty()) {
        return Vec::new();
    }
    let (Some(col), Some(end_col)) = (p.col, p.end_col) else {
        return vec![format!("    {}", original[0].trim())];
    };
    let all_lines = dedent(&original);
    let first = &original[0];
    let last = &original[original.len() - 1];
    let dedent_chars = first.chars().count() - all_lines[0].chars().count();
    let start = char_index(first, col as usize).saturating_sub(dedent_chars);
    let end = char_index(last, end_col as usize).saturating_sub(dedent_chars);
    // The exact segment of the instruction.
    let joined = all_lines.join("\n");
    let total = joined.chars().count();
    let last_len = all_lines[all_lines.len() - 1].chars().count();
    let seg_end = total.saturating_sub(last_len.saturating_sub(end));
    let segment: String = joined
        .chars()
        .skip(start)
        .take(seg_end.saturating_sub(start))
        .collect();
    let anchors = anchors(&segment);
    let show = !NO_CARETS.with(std::cell::Cell::get)
        && should_show_carets(start, end, &all_lines, anchors.is_some());
    let n = all_lines.len();
    let mut significant: Vec<usize> = vec![0, n - 1];
    let (mut left_off, mut right_off) = (0, 0);
    if let Some(a) = &anchors {
        left_off = a.left.1 + if a.left.0 == 0 { start } else { 0 };
        right_off = a.right.1 + if a.right.0 == 0 { start } else { 0 };
        for l in [a.left.0, a.right.0] {
            significant.extend([l.wrapping_sub(1), l, l + 1]);
        }
    }
    significant.retain(|&l| l < n);
    significant.sort_unstable();
    significant.dedup();
    let mut result: Vec<String> = Vec::new();
    let output_line = |lineno: usize, result: &mut Vec<String>| {
        let text = &all_lines[lineno];
        result.push(text.clone());
        if !show {
            return;
        }
        let chars: Vec<char> = text.chars().collect();
        let spaces = chars.len() - text.trim_start().chars().count();
        let count = if lineno == n - 1 { end } else { chars.len() };
        let mut carets = String::new();
        for c in 0..count {
            if c < spaces || (lineno == 0 && c < start) {
                carets.push(' ');
            } else if let Some(a) = &anchors {
                let after_left = lineno > a.left.0 || (lineno == a.left.0 && c >= left_off);
                let before_right = lineno < a.right.0 || (lineno == a.right.0 && c < right_off);
                carets.push(if after_left && before_right { '^' } else { '~' });
            } else {
                carets.push('^');
            }
        }
        result.push(carets);
    };
    for (i, &l) in significant.iter().enumerate() {
        if i > 0 {
            let diff = l - significant[i - 1];
            if diff == 2 {
                output_line(l - 1, &mut result);
            } else if diff > 2 {
                result.push(format!("...<{} lines>...", diff - 1));
            }
        }
        output_line(l, &mut result);
    }
    dedent(&result)
        .into_iter()
        .map(|l| format!("    {l}"))
        .collect()
}

/// One entry of the traceback list.
struct Entry {
    file: String,
    name: String,
    loc: Location,
}

fn entries(tb: &Value) -> (Vec<Entry>, Value) {
    let mut out = Vec::new();
    let mut last_frame = singletons::none();
    let mut t = tb.clone();
    while let Some(tbo) = t.downcast::<TracebackObject>() {
        out.push(Entry {
            file: pystr::to_string_lossy(&tbo.code.filename),
            name: pystr::to_string_lossy(&tbo.code.name),
            loc: tbo.code.location_of(tbo.lasti),
        });
        last_frame = tbo.frame.clone();
        let next = tbo.next();
        t = next;
    }
    (out, last_frame)
}

fn format_entries(lines: &mut Lines, entries: &[Entry], out: &mut String) {
    // traceback.py collapses a frame repeated more than three times.
    let mut last: Option<(&str, Option<i32>, &str)> = None;
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
    for e in entries {
        let key = (e.file.as_str(), e.loc.line, e.name.as_str());
        if last == Some(key) {
            count += 1;
        } else {
            flush(out, count);
            last = Some(key);
            count = 1;
        }
        if count <= 3 {
            let line = e.loc.line.map_or("None".to_string(), |l| l.to_string());
            out.push_str(&format!(
                "  File \"{}\", line {line}, in {}\n",
                e.file, e.name
            ));
            for l in source_lines(lines, &e.file, e.loc) {
                out.push_str(&l);
                out.push('\n');
            }
        }
    }
    flush(out, count);
}

fn exc_attr(exc: &Value, name: &str) -> Option<Value> {
    attrs::getattr_str(exc, name)
        .ok()
        .filter(|v| !singletons::is_none(v))
}

fn names_of(v: &Value) -> Vec<String> {
    attrs::collect(v)
        .unwrap_or_default()
        .iter()
        .filter_map(|k| pystr::as_str(k).map(str::to_string))
        .collect()
}

/// `dir(obj)` as strings, sorted.
fn dir_of(obj: &Value) -> Option<Vec<String>> {
    let f = dict::get_item(super::builtins::builtins(), &pystr::intern("dir")).ok()??;
    let d = super::call_object(&f, std::slice::from_ref(obj), &[]).ok()?;
    let mut names = names_of(&d);
    names.sort();
    Some(names)
}

/// traceback.py's `_compute_suggestion_error`.
fn suggestion(exc: &Value, last_frame: &Value, wrong: &str) -> Option<String> {
    let ty = exc.type_of();
    let candidates = if ty.is_subtype_of(&ATTRIBUTE_ERROR) {
        let obj = attrs::getattr_str(exc, "obj").ok()?;
        let mut d = dir_of(&obj)?;
        let mut hide = !wrong.starts_with('_');
        if hide && frame_object::local_self(last_frame).is_some_and(|s| s.is(&obj)) {
            hide = false;
        }
        if hide {
            d.retain(|x| !x.starts_with('_'));
        }
        d
    } else if ty.is_subtype_of(&IMPORT_ERROR) {
        let name = exc_attr(exc, "name")?;
        let m = dict::get_item(&super::modules::sys_modules(), &name).ok()??;
        let mut d = dir_of(&m)?;
        if !wrong.starts_with('_') {
            d.retain(|x| !x.starts_with('_'));
        }
        d
    } else {
        let (globals, builtins) = frame_object::namespaces(last_frame)?;
        let mut d: Vec<String> = frame_object::locals_names(last_frame)
            .iter()
            .filter_map(|k| pystr::as_str(k).map(str::to_string))
            .collect();
        for ns in [globals, builtins] {
            d.extend(
                attrs::dict_items(&ns)
                    .iter()
                    .filter_map(|(k, _)| pystr::as_str(k).map(str::to_string)),
            );
        }
        if let Some(me) = frame_object::local_self(last_frame) {
            if attrs::getattr_str(&me, wrong).is_ok() {
                return Some(format!("self.{wrong}"));
            }
        }
        d
    };
    suggestions::best_match(&candidates, wrong)
}

/// The message line's extra text: "Did you mean" and "Did you forget to
/// import" hints.
fn hint(exc: &Value, last_frame: &Value) -> String {
    let ty = exc.type_of();
    let mut out = String::new();
    if ty.is_subtype_of(&NAME_ERROR) || ty.is_subtype_of(&ATTRIBUTE_ERROR) {
        let Some(wrong) = exc_attr(exc, "name") else {
            return out;
        };
        let Some(wrong) = pystr::as_str(&wrong).map(str::to_string) else {
            return out;
        };
        let found = suggestion(exc, last_frame, &wrong);
        if let Some(s) = &found {
            out.push_str(&format!(". Did you mean: '{s}'?"));
        }
        if ty.is_subtype_of(&NAME_ERROR) && suggestions::STDLIB_MODULE_NAMES.contains(&&*wrong) {
            out.push_str(&if found.is_some() {
                format!(" Or did you forget to import '{wrong}'?")
            } else {
                format!(". Did you forget to import '{wrong}'?")
            });
        }
    } else if ty.is_subtype_of(&IMPORT_ERROR) {
        if let Some(wrong) = exc_attr(exc, "name_from") {
            if let Some(s) = pystr::as_str(&wrong).and_then(|w| suggestion(exc, last_frame, w)) {
                out.push_str(&format!(". Did you mean: '{s}'?"));
            }
        }
    }
    out
}

fn safe_str(v: &Value, what: &str) -> String {
    match crate::ops::str(v) {
        Ok(s) => pystr::to_string_lossy(&s),
        Err(_) => format!("<{what} str() failed>"),
    }
}

/// traceback.py's `_format_syntax_error`.
fn format_syntax_error(exc: &Value, stype: &str, out: &mut String) {
    let int_attr = |n: &str| exc_attr(exc, n).and_then(|v| v.as_small_int());
    let filename = exc_attr(exc, "filename").map(|f| safe_str(&f, "filename"));
    let lineno = int_attr("lineno");
    let mut suffix = String::new();
    match (lineno, &filename) {
        (Some(l), f) => out.push_str(&format!(
            "  File \"{}\", line {l}\n",
            f.as_deref().unwrap_or("<string>")
        )),
        (None, Some(f)) => suffix = format!(" ({f})"),
        (None, None) => {}
    }
    if let Some(text) = exc_attr(exc, "text").and_then(|t| pystr::as_str(&t).map(str::to_string)) {
        let rtext = text.trim_end_matches('\n');
        let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
        let rlen = rtext.chars().count() as i64;
        let spaces = rlen - ltext.chars().count() as i64;
        match int_attr("offset") {
            None => out.push_str(&format!("    {ltext}\n")),
            Some(offset) => {
                let mut offset = offset;
                let mut end_offset = if lineno == int_attr("end_lineno") {
                    int_attr("end_offset").filter(|e| *e != 0).unwrap_or(offset)
                } else {
                    rlen + 1
                };
                let tlen = text.chars().count() as i64;
                if offset > tlen {
                    offset = rlen + 1;
                }
                if end_offset > tlen {
                    end_offset = rlen + 1;
                }
                if offset >= end_offset || end_offset < 0 {
                    end_offset = offset + 1;
                }
                let colno = offset - 1 - spaces;
                let end_colno = end_offset - 1 - spaces;
                out.push_str(&format!("    {ltext}\n"));
                if colno >= 0 {
                    let caretspace: String = ltext
                        .chars()
                        .take(colno as usize)
                        .map(|c| if c.is_whitespace() { c } else { ' ' })
                        .collect();
                    out.push_str(&format!(
                        "    {caretspace}{}\n",
                        "^".repeat((end_colno - colno).max(0) as usize)
                    ));
                }
            }
        }
    }
    let msg = exc_attr(exc, "msg")
        .map(|m| safe_str(&m, "msg"))
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| "<no detail available>".to_string());
    out.push_str(&format!("{stype}: {msg}{suffix}\n"));
}

fn format_one(lines: &mut Lines, exc: &Value, out: &mut String) {
    let tb = attrs::exc_traceback(exc);
    let (entries, last_frame) = entries(&tb);
    if !entries.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        format_entries(lines, &entries, out);
    }
    format_message(exc, &hint(exc, &last_frame), out);
    format_notes(exc, out);
}

/// The `Type: message` line(s), with `hint` appended to the message.
fn format_message(exc: &Value, hint: &str, out: &mut String) {
    let ty = exc.type_of();
    let stype = if ty.module == "builtins" || ty.module == "__main__" {
        ty.qualname.to_string()
    } else {
        format!("{}.{}", ty.module, ty.qualname)
    };
    if ty.is_subtype_of(&SYNTAX_ERROR) {
        format_syntax_error(exc, &stype, out);
    } else {
        let msg = safe_str(exc, "exception") + hint;
        if msg.is_empty() {
            out.push_str(&format!("{stype}\n"));
        } else {
            out.push_str(&format!("{stype}: {msg}\n"));
        }
    }
}

/// The frame lines of a traceback (without the heading), for the
/// exception-group report.
pub(super) fn format_stack(tb: Value, out: &mut String) {
    let (entries, _) = entries(&tb);
    format_entries(&mut Lines::default(), &entries, out);
}

/// The `Type: message` line(s) of an exception, for the exception-group
/// report (which adds the notes itself).
pub(super) fn format_exception_only(exc: &Value, out: &mut String) {
    format_message(exc, "", out);
}

/// The `__notes__` lines after the message.
fn format_notes(exc: &Value, out: &mut String) {
    let Some(notes) = exc
        .downcast::<ExceptionObject>()
        .and_then(|_| attrs::instance_dict(exc))
        .and_then(|d| {
            dict::get_item(&d, &pystr::intern("__notes__"))
                .ok()
                .flatten()
        })
    else {
        return;
    };
    let is_seq = pystr::as_str(&notes).is_none()
        && (notes
            .type_of()
            .is_subtype_of(&crate::types::list::LIST_TYPE)
            || notes
                .type_of()
                .is_subtype_of(&crate::types::tuple::TUPLE_TYPE));
    if is_seq {
        for note in attrs::collect(&notes).unwrap_or_default() {
            for l in safe_str(&note, "note").split('\n') {
                out.push_str(l);
                out.push('\n');
            }
        }
    } else {
        let r = crate::ops::repr(&notes)
            .map(|r| pystr::to_string_lossy(&r))
            .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
        out.push_str(&r);
        out.push('\n');
    }
}

fn format_chain(lines: &mut Lines, exc: &Value, seen: &mut Vec<Value>, out: &mut String) {
    seen.push(exc.clone());
    if let Some(e) = exc.downcast::<ExceptionObject>() {
        let h = crate::object::PyPayload::header(e);
        let cause = e.cause.get(h);
        let context = e.context.get(h);
        let unseen =
            |v: &Value, seen: &[Value]| !singletons::is_none(v) && !seen.iter().any(|s| s.is(v));
        if unseen(&cause, seen) {
            format_chain(lines, &cause, seen, out);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if (singletons::is_none(&cause) || !unseen(&cause, seen))
            && !e.suppress_context.with(h, |b| *b)
            && unseen(&context, seen)
        {
            format_chain(lines, &context, seen, out);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    format_one(lines, exc, out);
}

thread_local! {
    /// Set while formatting for [`format_unraisable`].
    static NO_CARETS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The report of an exception that cannot be raised ("Exception ignored
/// while ..."): CPython writes it with its C traceback printer, which shows
/// the source lines without carets.
pub fn format_unraisable(exc: &Value) -> String {
    let was = NO_CARETS.with(|c| c.replace(true));
    let out = format_exception(exc);
    NO_CARETS.with(|c| c.set(was));
    out
}

/// The full report of an uncaught exception, chained exceptions first.
pub fn format_exception(exc: &Value) -> String {
    if super::exception_groups::needs_group_report(exc) {
        return super::exception_groups::format_report(exc);
    }
    let mut out = String::new();
    format_chain(&mut Lines::default(), exc, &mut Vec::new(), &mut out);
    out
}
