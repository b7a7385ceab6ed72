//! Each `tests/errors/*.py` (its AST as the reference CPython parsed it)
//! must fail to compile with the SyntaxError, message and location, that
//! CPython's `compile()` raises (or compile when CPython does).

mod common;

use std::path::Path;

#[test]
fn compile_errors_match_reference() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/errors");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    paths.sort();
    let mut failures = Vec::new();
    for p in &paths {
        let ast = common::astload::load(&std::fs::read_to_string(p.with_extension("ast")).unwrap());
        let expected = std::fs::read_to_string(p.with_extension("err")).unwrap();
        let got = match taipan_compiler::compile_module(&ast, "test.py") {
            Ok(_) => "no error\n".to_string(),
            Err(e) => format!(
                "{}\n{} {} {} {}\n",
                e.msg,
                e.lineno,
                e.col + 1,
                e.end_lineno,
                e.end_col + 1
            ),
        };
        if got != expected {
            failures.push(format!(
                "{}:\n--- expected\n{expected}--- got\n{got}",
                p.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
