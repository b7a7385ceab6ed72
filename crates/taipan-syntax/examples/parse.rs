//! Debug helper: parses each file given and prints, per file, a `=== PATH`
//! line and then `ast.dump(tree, include_attributes=True)` or the error as
//! `ERROR Kind: msg (line L, col C) end EL EC`. With `--debug`, prints `{:#?}`.

use std::time::Instant;
use taipan_syntax::{dump::dump, parse_module, tokenizer::decode_source};

fn main() {
    let mut debug = false;
    let mut quiet = false;
    let start = Instant::now();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--debug" => debug = true,
            "--quiet" => quiet = true,
            path => {
                let bytes = std::fs::read(path).expect("readable file");
                let result = decode_source(&bytes, Some(path)).and_then(|src| parse_module(&src));
                if quiet {
                    continue;
                }
                println!("=== {path}");
                match result {
                    Ok(m) if debug => println!("{m:#?}"),
                    Ok(m) => println!("{}", dump(&m, true)),
                    Err(e) => println!(
                        "ERROR {}: {} (line {}, col {}) end {} {}",
                        e.kind.class_name(),
                        e.msg,
                        e.lineno,
                        e.col,
                        e.end_lineno,
                        e.end_col
                    ),
                }
            }
        }
    }
    eprintln!("elapsed: {:?}", start.elapsed());
}
