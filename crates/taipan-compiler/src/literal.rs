//! A code object as a Python expression, `Code(...)` with every field and
//! constants as literals: the golden tests (tests/dis.rs) and
//! examples/compile.rs write it for tests/tools/compare_dis.py, which
//! rebuilds the code object in the reference interpreter and disassembles
//! it next to CPython's own.

use taipan_bytecode::{CodeObject, ConstValue};

/// `Code(argcount, posonlyargcount, kwonlyargcount, stacksize, flags,
/// code, consts, names, localsplusnames, localspluskinds, filename, name,
/// qualname, firstlineno, linetable, exceptiontable)`, byte strings in hex.
pub fn python_literal(code: &CodeObject) -> String {
    let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
    let strs = |v: &[String]| tuple(v.iter().map(|s| py_str(s)).collect());
    let kinds: Vec<u8> = code.localspluskinds.iter().map(|k| k.0).collect();
    format!(
        "Code({}, {}, {}, {}, {}, '{}', {}, {}, {}, '{}', {}, {}, {}, {}, '{}', '{}')",
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        code.stacksize,
        code.flags.0,
        hex(&code.code_bytes()),
        tuple(code.consts.iter().map(const_literal).collect()),
        strs(&code.names),
        strs(&code.localsplusnames),
        hex(&kinds),
        py_str(&code.filename),
        py_str(&code.name),
        py_str(&code.qualname),
        code.firstlineno,
        hex(&code.linetable),
        hex(&code.exceptiontable),
    )
}

/// `(a, b)`, `(a,)` or `()`.
fn tuple(items: Vec<String>) -> String {
    let comma = if items.len() == 1 { "," } else { "" };
    format!("({}{comma})", items.join(", "))
}

fn py_str(s: &str) -> String {
    ConstValue::from(s).repr()
}

fn const_literal(c: &ConstValue) -> String {
    match c {
        ConstValue::Code(code) => python_literal(code),
        ConstValue::Float(f) if !f.is_finite() => format!("float('{}')", c.repr()),
        ConstValue::Complex { real, imag } => format!(
            "complex({}, {})",
            const_literal(&ConstValue::Float(*real)),
            const_literal(&ConstValue::Float(*imag))
        ),
        ConstValue::Tuple(items) => tuple(items.iter().map(const_literal).collect()),
        ConstValue::FrozenSet(items) => format!(
            "frozenset({})",
            tuple(items.iter().map(const_literal).collect())
        ),
        ConstValue::Slice(p) => format!(
            "slice({}, {}, {})",
            const_literal(&p[0]),
            const_literal(&p[1]),
            const_literal(&p[2])
        ),
        other => other.repr(),
    }
}
