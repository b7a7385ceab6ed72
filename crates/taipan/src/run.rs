//! Running a script: `taipan FILE [args]`, `taipan -c CODE`, code from
//! stdin, `taipan -m MODULE`.

use std::io::Read;
use std::process::ExitCode;

use taipan_compiler::Mode;
use taipan_syntax::error_report::{format_syntax_error, format_warning};
use taipan_syntax::parser::parse_module_with_warnings;
use taipan_syntax::tokenizer::decode_source;

/// Where the program text comes from.
#[derive(Debug, PartialEq, Eq)]
pub enum Source {
    File(std::path::PathBuf),
    Code(String),
    Stdin,
}

/// Stack of the interpreter thread: native-to-Python nesting (bounded by
/// the interpreter) needs more than the default 8 MiB.
const STACK_SIZE: usize = 1 << 30;

pub fn run(source: Source, args: Vec<String>) -> ExitCode {
    let (bytes, filename) = match &source {
        Source::File(path) => match std::fs::read(path) {
            // CPython 3.14 runs the main script under its absolute path.
            Ok(b) => (
                b,
                std::path::absolute(path)
                    .unwrap_or_else(|_| path.clone())
                    .to_string_lossy()
                    .into_owned(),
            ),
            Err(err) => {
                let exe = "taipan";
                eprintln!(
                    "{exe}: can't open file '{}': [Errno {}] No such file or directory",
                    path.display(),
                    err.raw_os_error().unwrap_or(2)
                );
                return ExitCode::from(2);
            }
        },
        Source::Code(code) => (code.clone().into_bytes(), "<string>".to_string()),
        Source::Stdin => {
            let mut b = Vec::new();
            let _ = std::io::stdin().read_to_end(&mut b);
            (b, "<stdin>".to_string())
        }
    };
    on_interpreter_thread(move || {
        let is_file = matches!(source, Source::File(_));
        let mut argv = vec![match &source {
            Source::File(path) => path.to_string_lossy().into_owned(),
            Source::Code(_) => "-c".to_string(),
            Source::Stdin => String::new(),
        }];
        argv.extend(args);
        run_text(&bytes, &filename, &argv, is_file)
    })
}

/// `taipan -m MODULE [args]`.
pub fn run_module(module: String, args: Vec<String>) -> ExitCode {
    on_interpreter_thread(move || taipan_vm::interp::run_module_main(&module, &args))
}

/// Runs `program` on a thread with the interpreter's stack; its exit status.
fn on_interpreter_thread(program: impl FnOnce() -> i32 + Send + 'static) -> ExitCode {
    let worker = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(program);
    let status = match worker {
        Ok(handle) => handle.join().unwrap_or(1),
        Err(_) => 1,
    };
    ExitCode::from((status & 0xff) as u8)
}

/// Decodes, parses, compiles and runs; the exit status.
fn run_text(bytes: &[u8], filename: &str, argv: &[String], is_file: bool) -> i32 {
    let text = match decode_source(bytes, Some(filename)) {
        Ok(t) => t,
        Err(err) => {
            eprint!(
                "{}",
                format_syntax_error(&err, filename, Some(&String::from_utf8_lossy(bytes)))
            );
            return 1;
        }
    };
    // The parser's warnings (invalid escapes, ...) come before the
    // compiler's; both name the script as it was given, as CPython's do.
    let shown = if is_file { argv[0].as_str() } else { filename };
    let (parsed, warnings) = parse_module_with_warnings(&text);
    for w in &warnings {
        eprint!("{}", format_warning(w, shown, &text));
    }
    let module = match parsed {
        Ok(m) => m,
        Err(err) => {
            eprint!("{}", format_syntax_error(&err, filename, Some(&text)));
            return 1;
        }
    };
    let code = match taipan_compiler::compile_with_warnings(&module, filename, Mode::Exec) {
        Ok(c) => {
            crate::compile::print_warnings(&c.warnings, shown, &text);
            c.code
        }
        Err(err) => {
            eprint!("{}", format_syntax_error(&err, filename, Some(&text)));
            return 1;
        }
    };
    taipan_vm::interp::run_main(&code, argv, is_file.then_some(filename))
}
