//! The symbol table of each `tests/symtable/*.py` (its AST as the reference
//! CPython parsed it) must match what CPython's `symtable` module reports,
//! or raise the same SyntaxError at the same place.

mod common;

use std::fmt::Write;
use std::path::Path;
use taipan_compiler::future::parse_future;
use taipan_compiler::symtable::{build, ScopeId, SymbolTable};
use taipan_syntax::ast::Mod;

fn dump(table: &SymbolTable, id: ScopeId, indent: usize, out: &mut String) {
    let s = table.scope(id);
    let p = "  ".repeat(indent);
    let kind = match s.kind.code() {
        0 => "FUNCTION",
        1 => "CLASS",
        2 => "MODULE",
        3 => "ANNOTATION",
        4 => "TYPE_ALIAS",
        5 => "TYPE_PARAMETERS",
        _ => "TYPE_VARIABLE",
    };
    writeln!(out, "{p}{kind} {} {}", s.name, s.range.lineno).unwrap();
    let mut symbols: Vec<_> = s.symbols.iter().collect();
    symbols.sort_by(|a, b| a.name.cmp(&b.name));
    for sym in symbols {
        writeln!(out, "{p}  {} {:#x}", sym.name, sym.packed()).unwrap();
    }
    for &c in &s.children {
        dump(table, c, indent + 1, out);
    }
}

fn check(path: &Path) -> Result<(), String> {
    let ast = common::astload::load(&std::fs::read_to_string(path.with_extension("ast")).unwrap());
    let Mod::Module { body, .. } = &ast else {
        unreachable!()
    };
    let result = parse_future(body).and_then(|f| build(&ast, &f, false));
    let err_path = path.with_extension("err");
    if err_path.exists() {
        let expected = std::fs::read_to_string(&err_path).unwrap();
        let got = match result {
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
        return if got == expected {
            Ok(())
        } else {
            Err(format!("--- expected\n{expected}--- got\n{got}"))
        };
    }
    let expected = std::fs::read_to_string(path.with_extension("symtable")).unwrap();
    let table = result.map_err(|e| format!("unexpected error {e:?}"))?;
    let mut got = String::new();
    dump(&table, SymbolTable::TOP, 0, &mut got);
    if got == expected {
        Ok(())
    } else {
        let out = std::env::temp_dir().join("taipan-symtable-got");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(
            out.join(path.with_extension("symtable").file_name().unwrap()),
            &got,
        )
        .unwrap();
        Err("symbol table differs".to_string())
    }
}

#[test]
fn symtables_match_reference() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/symtable");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    paths.sort();
    let mut failures = Vec::new();
    for p in &paths {
        if let Err(msg) = check(p) {
            failures.push(format!("{}:\n{msg}", p.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        paths.len(),
        failures.join("\n")
    );
}
