//! The compiler commands: `--dis`, and the hidden `--compile-check` and
//! `--compile-bench` that tools/compile_stdlib.sh and tools/compile_speed.sh
//! drive.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use taipan_bytecode::dis::{dis, DisOptions};
use taipan_bytecode::{CodeObject, Opcode};
use taipan_compiler::warning::{CompileWarning, WarningCategory};
use taipan_compiler::{Compiled, Mode};
use taipan_syntax::error_report::format_warning;
use taipan_syntax::parser::parse_module;
use taipan_syntax::tokenizer::decode_source;
use taipan_syntax::tokenizer::Warning;
use taipan_syntax::SyntaxError;

use crate::frontend::{absolute, print, read_file, report};

/// Decodes, parses and compiles a module; `filename` becomes `co_filename`.
/// Decoding errors name `script` when given, as running a script does;
/// `compile()` names no file.
fn compile_bytes(
    bytes: &[u8],
    filename: &str,
    script: Option<&str>,
) -> Result<Arc<CodeObject>, SyntaxError> {
    compile_source(&decode_source(bytes, script)?, filename).map(|compiled| compiled.code)
}

fn compile_source(source: &str, filename: &str) -> Result<Compiled, SyntaxError> {
    let module = parse_module(source)?;
    taipan_compiler::compile_with_warnings(&module, filename, Mode::Exec)
}

/// Prints the compiler's warnings as CPython's default filter shows them.
pub(crate) fn print_warnings(warnings: &[CompileWarning], filename: &str, source: &str) {
    for w in warnings {
        // Every compiler warning is a SyntaxWarning, the category the
        // shared formatter prints.
        debug_assert_eq!(w.category, WarningCategory::SyntaxWarning);
        let shown = Warning {
            msg: w.msg.clone(),
            lineno: w.range.lineno,
            col: w.range.col_offset,
        };
        eprint!("{}", format_warning(&shown, filename, source));
    }
}

/// `--dis FILE`: what `python3.14 -m dis FILE` prints. Code objects are
/// shown at `dis::stable_address`; tools/ref_dis.py gives CPython's output
/// the same addresses.
pub fn dis_file(path: &Path) -> ExitCode {
    let bytes = match read_file(path) {
        Ok(bytes) => bytes,
        Err(code) => return code,
    };
    // `-m dis` compiles under the path as given; errors show it absolute,
    // as `python3.14 FILE` reports them.
    let filename = path.to_string_lossy();
    let shown = absolute(path).to_string_lossy().into_owned();
    let source = match decode_source(&bytes, Some(&shown)) {
        Ok(source) => source,
        Err(err) => return report(&err, &shown, &String::from_utf8_lossy(&bytes)),
    };
    match compile_source(&source, &filename) {
        Ok(compiled) => {
            print_warnings(&compiled.warnings, &filename, &source);
            print(&dis(&compiled.code, &DisOptions::default()));
            ExitCode::SUCCESS
        }
        Err(err) => report(&err, &shown, &source),
    }
}

/// The instruction names of `code`, `EXTENDED_ARG` included, caches not.
fn opnames(code: &CodeObject) -> Vec<&'static str> {
    let mut names = Vec::new();
    let mut index = 0;
    while index < code.code.len() {
        let opcode = code.code[index].opcode();
        names.push(opcode.map_or("<unknown>", Opcode::name));
        index += 1 + opcode.map_or(0, Opcode::cache_entries);
    }
    names
}

/// Writes one line per code object, depth first in `co_consts` order (the
/// order `dis` shows them).
fn write_opnames(out: &mut impl Write, code: &CodeObject) -> std::io::Result<()> {
    writeln!(
        out,
        "code\t{}\t{}\t{}",
        code.qualname,
        code.firstlineno,
        opnames(code).join(" ")
    )?;
    code.nested_code()
        .try_for_each(|nested| write_opnames(out, nested))
}

/// `--compile-check FILE...`: compiles each file as `compile()` does and
/// writes a record per
/// file: `file\tPATH`, then either `code\tQUALNAME\tFIRSTLINENO\tOPNAMES`
/// lines or `error\tCLASS\tLINENO\tMESSAGE`, then `done`. Each record is
/// flushed, so a reader can tell which file a crash happened in.
pub fn compile_check(paths: &[PathBuf]) -> ExitCode {
    let mut out = std::io::stdout().lock();
    for path in paths {
        let bytes = match read_file(path) {
            Ok(bytes) => bytes,
            Err(code) => return code,
        };
        let filename = path.to_string_lossy();
        let written = writeln!(out, "file\t{filename}")
            .and_then(|()| match compile_bytes(&bytes, &filename, None) {
                Ok(code) => write_opnames(&mut out, &code),
                Err(err) => writeln!(
                    out,
                    "error\t{}\t{}\t{}",
                    err.kind.class_name(),
                    err.lineno,
                    err.msg.replace('\n', "\\n")
                ),
            })
            .and_then(|()| writeln!(out, "done"))
            .and_then(|()| out.flush());
        if written.is_err() {
            // The reader went away; nothing left to report to.
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// `--compile-bench FILE...`: decodes, parses and compiles every file,
/// read into memory beforehand, and prints the time that took.
pub fn compile_bench(paths: &[PathBuf]) -> ExitCode {
    let mut sources = Vec::with_capacity(paths.len());
    for path in paths {
        match read_file(path) {
            Ok(bytes) => sources.push((path.to_string_lossy().into_owned(), bytes)),
            Err(code) => return code,
        }
    }
    let start = Instant::now();
    let mut rejected = 0usize;
    for (filename, bytes) in &sources {
        let compiled = decode_source(bytes, None)
            .and_then(|source| parse_module(&source))
            .and_then(|module| taipan_compiler::compile_module(&module, filename));
        rejected += usize::from(compiled.is_err());
    }
    let seconds = start.elapsed().as_secs_f64();
    let total: usize = sources.iter().map(|(_, bytes)| bytes.len()).sum();
    print(&format!(
        "compiled {} files ({total} bytes, {rejected} rejected) in {seconds:.6} s\n",
        sources.len()
    ));
    ExitCode::SUCCESS
}
