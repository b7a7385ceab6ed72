//! Prints what `python3.14 -m tokenize -e FILE` prints for FILE, or the
//! SyntaxError that stops tokenizing (exit status 1).
//!
//! `cargo run --release -p taipan-syntax --example tokens -- FILE`

use std::io::Write;
use std::process::ExitCode;

use taipan_syntax::tokenizer::token_listing;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: tokens FILE");
        return ExitCode::from(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("{path}: error: {e}");
            return ExitCode::from(1);
        }
    };
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
