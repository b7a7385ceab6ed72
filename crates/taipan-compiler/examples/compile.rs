//! Compiles Python files and writes each code object as a Python literal
//! (`Code(...)`, see tests/tools/compare_dis.py) next to OUT_DIR/<stem>.code,
//! or the SyntaxError.
//!
//! usage: cargo run -p taipan-compiler --example compile -- OUT_DIR FILE...

use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((out, files)) = args.split_first() else {
        eprintln!("usage: compile OUT_DIR FILE...");
        std::process::exit(2);
    };
    let out = Path::new(out);
    std::fs::create_dir_all(out).expect("output directory");
    let (mut ok, mut failed) = (0, 0);
    for file in files {
        let path = Path::new(file);
        let Ok(source) = std::fs::read_to_string(path) else {
            continue;
        };
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or(file);
        let text = match taipan_compiler::compile_source(&source, name) {
            Ok(code) => {
                ok += 1;
                taipan_compiler::literal::python_literal(&code)
            }
            Err(e) => {
                failed += 1;
                println!("{file}:{}:{}: {}", e.lineno, e.col, e.msg);
                format!("error: {} at {}:{}", e.msg, e.lineno, e.col)
            }
        };
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("out");
        std::fs::write(out.join(format!("{stem}.code")), text).expect("write output");
    }
    println!("{ok} compiled, {failed} failed");
}
