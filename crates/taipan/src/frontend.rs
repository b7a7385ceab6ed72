//! The front-end commands: `--dump-ast`, `--tokens` and `--parse-bench`.
//!
//! Each returns the process exit status after writing its output; errors
//! are reported as CPython reports them.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;
use taipan_syntax::error_report::{char_offset, format_syntax_error, source_line};
use taipan_syntax::parser::parse_module;
use taipan_syntax::tokenizer::{decode_source, token_listing};
use taipan_syntax::{dump::dump, SyntaxError};

const UTF8_BOM: &[u8] = b"\xef\xbb\xbf";

/// Reads a file, or reports it the way `python3 FILE` does (exit status 2).
pub(crate) fn read_file(path: &Path) -> Result<Vec<u8>, ExitCode> {
    std::fs::read(path).map_err(|e| {
        let errno = e.raw_os_error().unwrap_or(0);
        let reason = e.to_string();
        // io::Error's text ends with " (os error N)"; CPython's is "[Errno N] ...".
        let reason = reason.split(" (os error").next().unwrap_or(&reason);
        eprintln!(
            "taipan: can't open file {}: [Errno {errno}] {reason}",
            py_str_repr(&absolute(path).to_string_lossy())
        );
        ExitCode::from(2)
    })
}

/// The path CPython shows for a script: absolute, not resolved.
pub(crate) fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

fn py_str_repr(s: &str) -> String {
    let mut out = String::new();
    taipan_syntax::literal_repr::str_repr_utf8(s, &mut out);
    out
}

/// Writes to stdout; a closed pipe is not worth a panic.
pub(crate) fn print(text: &str) {
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

/// `--dump-ast FILE`.
pub fn dump_ast(path: &Path) -> ExitCode {
    let bytes = match read_file(path) {
        Ok(bytes) => bytes,
        Err(code) => return code,
    };
    let filename = absolute(path).to_string_lossy().into_owned();
    let source = match decode_source(&bytes, Some(&filename)) {
        Ok(source) => source,
        Err(err) => {
            // Undecodable source: CPython shows the line decoded with
            // replacement characters, after the byte order mark.
            let text = String::from_utf8_lossy(bytes.strip_prefix(UTF8_BOM).unwrap_or(&bytes));
            return report(&err, &filename, &text);
        }
    };
    match parse_module(&source) {
        Ok(module) => {
            let mut text = dump(&module, true);
            text.push('\n');
            print(&text);
            ExitCode::SUCCESS
        }
        Err(err) => report(&err, &filename, &source),
    }
}

pub(crate) fn report(err: &SyntaxError, filename: &str, source: &str) -> ExitCode {
    eprint!("{}", format_syntax_error(err, filename, Some(source)));
    ExitCode::from(1)
}

/// `--tokens FILE`.
pub fn tokens(path: &Path) -> ExitCode {
    let bytes = match read_file(path) {
        Ok(bytes) => bytes,
        Err(code) => return code,
    };
    match token_listing(&bytes) {
        Ok(listing) => {
            print(&listing);
            ExitCode::SUCCESS
        }
        Err(err) => {
            // tokenize's report: FILE:LINE:OFFSET: error: MESSAGE.
            let text = String::from_utf8_lossy(&bytes);
            let line = source_line(&text, err.lineno).unwrap_or_default();
            eprintln!(
                "{}:{}:{}: error: {}",
                path.display(),
                err.lineno,
                char_offset(&line, err.col),
                err.msg
            );
            ExitCode::from(1)
        }
    }
}

/// `--parse-bench FILE...`: decodes, tokenizes and parses every file, read
/// into memory beforehand, and prints the time that took.
pub fn parse_bench(paths: &[PathBuf]) -> ExitCode {
    let mut sources = Vec::with_capacity(paths.len());
    for path in paths {
        match read_file(path) {
            Ok(bytes) => sources.push(bytes),
            Err(code) => return code,
        }
    }
    let start = Instant::now();
    let mut rejected = 0usize;
    for bytes in &sources {
        let parsed = decode_source(bytes, None).and_then(|source| parse_module(&source));
        rejected += usize::from(parsed.is_err());
    }
    let seconds = start.elapsed().as_secs_f64();
    let total: usize = sources.iter().map(Vec::len).sum();
    print(&format!(
        "parsed {} files ({total} bytes, {rejected} rejected) in {seconds:.6} s\n",
        sources.len()
    ));
    ExitCode::SUCCESS
}
