//! Debug helper: parses each file given and prints, per file, a `=== PATH`
//! line and then `ast.dump(tree, include_attributes=True)` or the error as
//! `ERROR Kind: msg (line L, col C) end EL EC`. With `--debug`, prints `{:#?}`.
//! With `--bench`, reads every file first and prints the best of three
//! timings of decoding, tokenizing and parsing them all.

use std::time::Instant;
use taipan_syntax::{dump::dump, parse_module, tokenizer::decode_source};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut debug = false;
    let mut quiet = false;
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--bench") {
        bench(&args[1..]);
        return;
    }
    let start = Instant::now();
    for arg in args {
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

fn bench(paths: &[String]) {
    let files: Vec<Vec<u8>> = paths
        .iter()
        .map(|p| std::fs::read(p).expect("readable file"))
        .collect();
    let bytes: usize = files.iter().map(Vec::len).sum();
    let mut best = f64::MAX;
    for _ in 0..3 {
        let start = Instant::now();
        let mut failed = 0;
        for (bytes, path) in files.iter().zip(paths) {
            if decode_source(bytes, Some(path))
                .and_then(|src| parse_module(&src))
                .is_err()
            {
                failed += 1;
            }
        }
        let t = start.elapsed().as_secs_f64();
        best = best.min(t);
        eprintln!(
            "{} files, {bytes} bytes, {failed} rejected: {t:.3}s",
            files.len()
        );
    }
    println!("best: {best:.3}s");
}
