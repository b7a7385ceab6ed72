//! Printing uncaught exceptions the way CPython 3.14 does (without the
//! caret lines yet).

use super::attrs;
use super::objects::TracebackObject;
use crate::object::Value;
use crate::types::exceptions::ExceptionObject;
use crate::types::{singletons, str as pystr};

fn source_line(filename: &str, line: i32) -> Option<String> {
    let text = std::fs::read_to_string(filename).ok()?;
    text.lines()
        .nth((line - 1).max(0) as usize)
        .map(|l| l.trim().to_string())
}

fn format_one(exc: &Value, out: &mut String) {
    let tb = attrs::exc_traceback(exc);
    if !singletons::is_none(&tb) {
        out.push_str("Traceback (most recent call last):\n");
        let mut t = tb;
        while let Some(tbo) = t.downcast::<TracebackObject>() {
            let file = pystr::to_string_lossy(&tbo.code.filename);
            let name = pystr::to_string_lossy(&tbo.code.name);
            let line = tbo.code.line_of(tbo.lasti).map_or(-1, |p| p.line);
            out.push_str(&format!("  File \"{file}\", line {line}, in {name}\n"));
            if let Some(src) = source_line(&file, line) {
                if !src.is_empty() {
                    out.push_str(&format!("    {src}\n"));
                }
            }
            let next = tbo.next.clone();
            t = next;
        }
    }
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
