//! The `_string` module: `string.Formatter`'s access to the parser behind
//! `str.format` (the VM's own, in `interp/builtins/formatting.rs`).

use taipan_vm::interp::attrs;
use taipan_vm::interp::builtins::{next_chunk, split_field_name, FieldFirst};
use taipan_vm::interp::objects::{native, new_module};
use taipan_vm::interp::type_error;
use taipan_vm::types::str::StrObject;
use taipan_vm::types::{dict, int, list, singletons, str as pystr, tuple};
use taipan_vm::{PyResult, Value};

fn text_arg(a: &[Value], name: &str) -> PyResult<Vec<u32>> {
    taipan_vm::interp::builtins::check_count("_string.", name, a.len(), 1, 1)?;
    a[0].downcast::<StrObject>()
        .map(|s| s.code_points().collect())
        .ok_or_else(|| type_error(format!("expected str, got {}", a[0].type_of().name)))
}

fn text(cps: &[u32]) -> Value {
    pystr::from_code_points(cps.iter().copied()).unwrap_or_else(pystr::empty)
}

/// `formatter_parser(s)`: an iterator of `(literal, field_name, spec,
/// conversion)`; the last three are None after literal text with no field.
fn formatter_parser(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let fmt = text_arg(a, "formatter_parser")?;
    let mut items = Vec::new();
    let mut pos = 0;
    while let Some(chunk) = next_chunk(&fmt, &mut pos)? {
        let literal = text(chunk.literal);
        items.push(match chunk.field {
            None => tuple::new(vec![
                literal,
                singletons::none(),
                singletons::none(),
                singletons::none(),
            ]),
            Some(f) => tuple::new(vec![
                literal,
                text(f.name),
                text(f.spec),
                f.conversion
                    .map_or_else(singletons::none, |c| text(std::slice::from_ref(&c))),
            ]),
        });
    }
    attrs::iter(&list::new(items))
}

/// `formatter_field_name_split(name)`: the first part (an int when it is
/// decimal) and an iterator of `(is_attribute, key)` for the rest.
fn formatter_field_name_split(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let name = text_arg(a, "formatter_field_name_split")?;
    let (first, mut rest) = split_field_name(&name)?;
    let first = match first {
        FieldFirst::Auto => pystr::empty(),
        FieldFirst::Index(i) => int::from_i64(i as i64),
        FieldFirst::Key(k) => k,
    };
    let mut parts = Vec::new();
    while let Some((is_attr, key)) = rest.next_part()? {
        parts.push(tuple::new(vec![singletons::bool(is_attr), key]));
    }
    Ok(tuple::new(vec![first, attrs::iter(&list::new(parts))?]))
}

pub(crate) fn module() -> PyResult<Value> {
    let d = dict::new();
    dict::set_item(
        &d,
        pystr::intern("__doc__"),
        pystr::new("string helper module"),
    )?;
    let fns: [(&'static str, taipan_vm::interp::objects::NativeFn); 2] = [
        ("formatter_parser", formatter_parser),
        ("formatter_field_name_split", formatter_field_name_split),
    ];
    for (name, f) in fns {
        dict::set_item(&d, pystr::intern(name), native(name, f))?;
    }
    new_module("_string", d)
}
