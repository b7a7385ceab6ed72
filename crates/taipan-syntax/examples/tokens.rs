//! Prints what `python3.14 -m tokenize -e FILE` prints for FILE, or the
//! SyntaxError that stops tokenizing (exit status 1).
//!
//! `cargo run --release -p taipan-syntax --example tokens -- FILE`
//!
//! With `--check`, tokenizes FILE as the parser would (decode, then
//! `tokenize`) and prints only the error, if any, as
//! `Class: message (line L, offset O)` with CPython's 1-based character
//! offset, to compare with `compile()`.

use std::io::Write;
use std::process::ExitCode;

use taipan_syntax::tokenizer::{decode_source, token_listing, tokenize};
use taipan_syntax::SyntaxError;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (check, path) = match args.as_slice() {
        [flag, path] if flag == "--check" => (true, path),
        [path] => (false, path),
        _ => {
            eprintln!("usage: tokens [--check] FILE");
            return ExitCode::from(2);
        }
    };
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("{path}: error: {e}");
            return ExitCode::from(1);
        }
    };
    if check {
        return check_file(&bytes, path);
    }
    match token_listing(&bytes) {
        Ok(listing) => {
            let _ = std::io::stdout().write_all(listing.as_bytes());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{path}:{}:{}: error: {}", e.lineno, e.col, e.msg);
            ExitCode::from(1)
        }
    }
}

fn check_file(bytes: &[u8], path: &str) -> ExitCode {
    let error = match decode_source(bytes, Some(path)) {
        Ok(text) => tokenize(&text).error.map(|e| (offset(&text, &e), e)),
        Err(e) => Some((e.col as usize + 1, e)),
    };
    match error {
        None => ExitCode::SUCCESS,
        Some((offset, e)) => {
            println!(
                "{}: {} (line {}, offset {})",
                e.kind.class_name(),
                e.msg,
                e.lineno,
                offset
            );
            ExitCode::from(1)
        }
    }
}

/// CPython's `offset`: 1-based, in characters of the error's line.
fn offset(text: &str, e: &SyntaxError) -> usize {
    let line = text
        .split('\n')
        .nth((e.lineno as usize).saturating_sub(1))
        .unwrap_or("");
    line.get(..e.col as usize).unwrap_or(line).chars().count() + 1
}
