//! The front-end commands: `--dump-ast`, `--tokens` and `--parse-bench`.
//!
//! Each returns the process exit status after writing its output; errors
//! are reported as CPython reports them.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;
use taipan_syntax::error_report::{char_offset, format_syntax_error, format_warning, source_line};
use taipan_syntax::parser::{parse_module, parse_module_with_warnings};
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
    let (parsed, warnings) = parse_module_with_warnings(&source);
    for warning in &warnings {
        eprint!("{}", format_warning(warning, &filename, &source));
    }
    match parsed {
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
    let mut warnings = Vec::new();
    let listing = token_listing(&bytes, &mut warnings);
    // tokenize tokenizes a str, so its warnings name `<string>` and show no line.
    for warning in &warnings {
        eprintln!(
            "<string>:{}: SyntaxWarning: {}",
            warning.lineno, warning.msg
        );
    }
    match listing {
        Ok(listing) => {
            print(&listing);
            ExitCode::SUCCESS
        }
        Err(err) => {
            if let Some(msg) = detect_encoding_error(&err, &path.to_string_lossy()) {
                // tokenize's report of a SyntaxError without position.
                eprintln!("{}: error: {msg}", path.display());
                return ExitCode::from(1);
            }
            // tokenize's report: FILE:LINE:OFFSET: error: MESSAGE.
            let text = String::from_utf8_lossy(&bytes);
            let (lineno, offset, msg) = tokenize_module_error(&err, &text);
            eprintln!("{}:{lineno}:{offset}: error: {msg}", path.display());
            ExitCode::from(1)
        }
    }
}

/// The message of tokenize's own `detect_encoding`, which reads the first
/// two lines in Python before the tokenizer runs, for the decoding errors
/// it finds there; None for other errors.
fn detect_encoding_error(err: &SyntaxError, filename: &str) -> Option<String> {
    let file = py_str_repr(filename);
    if let Some(name) = err.msg.strip_prefix("unknown encoding: ") {
        return Some(format!("unknown encoding for {file}: {name}"));
    }
    if err.msg.starts_with("encoding problem: ") {
        return Some(format!("encoding problem for {file}: utf-8"));
    }
    let undecodable =
        err.msg.starts_with("Non-UTF-8 code") || err.msg.starts_with("(unicode error)");
    (undecodable && err.lineno <= 2)
        .then(|| format!("invalid or missing encoding declaration for {file}"))
}

/// The position and message the `tokenize` module reports for a tokenizer
/// error: it rewords an unterminated triple-quoted string, and its
/// iterator reports an unclosed bracket as an unexpected end of file at
/// column 0 of the last line.
fn tokenize_module_error<'e>(err: &'e SyntaxError, text: &str) -> (u32, i64, &'e str) {
    if err.msg.ends_with("was never closed") {
        let last_line = text.matches('\n').count() + usize::from(!text.ends_with('\n'));
        let last_line = u32::try_from(last_line).unwrap_or(u32::MAX);
        return (last_line, 0, "unexpected EOF in multi-line statement");
    }
    let line = source_line(text, err.lineno).unwrap_or_default();
    let msg = if err
        .msg
        .starts_with("unterminated triple-quoted string literal")
    {
        "EOF in multi-line string"
    } else {
        &err.msg
    };
    (err.lineno, char_offset(&line, err.col), msg)
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
