//! The command line: what `taipan` was asked to do.
//!
//! Usage errors are reported the way `python3` reports them (message,
//! usage line, hint, exit status 2).

use std::ffi::OsString;
use std::fmt;
use std::path::PathBuf;

/// One invocation's request.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    /// `--dump-ast FILE`: print `ast.dump(ast.parse(FILE), include_attributes=True)`.
    DumpAst(PathBuf),
    /// `--tokens FILE`: print what `python -m tokenize -e FILE` prints.
    Tokens(PathBuf),
    /// `--dis FILE`: print what `python -m dis FILE` prints.
    Dis(PathBuf),
    /// `--parse-bench FILE...` (not in `--help`): time tokenizing and
    /// parsing the files, already read into memory.
    ParseBench(Vec<PathBuf>),
    /// `--compile-check FILE...` (not in `--help`): compile the files and
    /// list each one's code objects' instruction names, or its error.
    CompileCheck(Vec<PathBuf>),
    /// `--compile-bench FILE...` (not in `--help`): time decoding, parsing
    /// and compiling the files, already read into memory.
    CompileBench(Vec<PathBuf>),
    /// `-V`/`--version`; `-VV` adds the implementation's own version.
    Version {
        verbose: bool,
    },
    Help,
    /// Run a program: a file, `-c CODE` or stdin, with `sys.argv`'s tail.
    Run(crate::run::Source, Vec<String>),
    /// `-m MODULE`: run a module found on `sys.path` as `__main__`, with
    /// `sys.argv`'s tail.
    RunModule(String, Vec<String>),
}

/// A malformed command line; its text is the first line of the report.
#[derive(Debug, PartialEq, Eq)]
pub struct UsageError(pub String);

pub const USAGE: &str = "usage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...";

pub const HELP: &str = "\
usage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-c cmd          : program passed in as string (terminates option list)
-m mod          : run library module as a script (terminates option list)
-X opt          : implementation-specific option (jit, gil=0)
--dis file      : print the bytecode of file as `python -m dis` does
--dump-ast file : print ast.dump(ast.parse(file), include_attributes=True)
--tokens file   : print the tokens of file as `python -m tokenize -e` does
-h, --help      : print this help message and exit
-V, --version   : print the Python version number and exit (-VV: more)
";

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}", self.0)?;
        writeln!(f, "{USAGE}")?;
        write!(f, "Try `taipan -h' for more information.")
    }
}

/// Parses the arguments after the program name.
pub fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Command, UsageError> {
    let mut args = args.into_iter();
    let mut first = args.next();
    // `-X opt`: implementation options; `gil=0` selects free threading,
    // the others are accepted and ignored.
    while first.as_deref().is_some_and(|a| a == "-X") {
        let opt = args
            .next()
            .ok_or_else(|| UsageError("Argument expected for the -X option".into()))?;
        if opt == "gil=0" {
            taipan_vm::runtime::set_free_threaded(true);
        }
        first = args.next();
    }
    let Some(first) = first else {
        return Ok(Command::Run(crate::run::Source::Stdin, Vec::new()));
    };
    let mut rest = || args.next().map(PathBuf::from);
    match first.to_string_lossy().as_ref() {
        "-h" | "-?" | "--help" => Ok(Command::Help),
        "-V" | "--version" => Ok(Command::Version { verbose: false }),
        "-VV" => Ok(Command::Version { verbose: true }),
        option @ ("--dump-ast" | "--tokens" | "--dis") => {
            let file = rest()
                .ok_or_else(|| UsageError(format!("Argument expected for the {option} option")))?;
            if let Some(extra) = rest() {
                return Err(UsageError(format!(
                    "Unexpected argument after the file: {}",
                    extra.display()
                )));
            }
            Ok(match option {
                "--dump-ast" => Command::DumpAst(file),
                "--tokens" => Command::Tokens(file),
                _ => Command::Dis(file),
            })
        }
        "--parse-bench" => Ok(Command::ParseBench(std::iter::from_fn(rest).collect())),
        "--compile-check" => Ok(Command::CompileCheck(std::iter::from_fn(rest).collect())),
        "--compile-bench" => Ok(Command::CompileBench(std::iter::from_fn(rest).collect())),
        "-c" => {
            let code =
                rest().ok_or_else(|| UsageError("Argument expected for the -c option".into()))?;
            let argv = std::iter::from_fn(rest)
                .map(|p| p.to_string_lossy().into_owned())
                .collect();
            Ok(Command::Run(
                crate::run::Source::Code(code.to_string_lossy().into_owned()),
                argv,
            ))
        }
        "-m" => {
            let module =
                rest().ok_or_else(|| UsageError("Argument expected for the -m option".into()))?;
            let argv = std::iter::from_fn(rest)
                .map(|p| p.to_string_lossy().into_owned())
                .collect();
            Ok(Command::RunModule(
                module.to_string_lossy().into_owned(),
                argv,
            ))
        }
        "-" => Ok(Command::Run(
            crate::run::Source::Stdin,
            std::iter::from_fn(rest)
                .map(|p| p.to_string_lossy().into_owned())
                .collect(),
        )),
        option if option.starts_with('-') && option != "-" => {
            Err(UsageError(format!("Unknown option: {option}")))
        }
        _ => Ok(Command::Run(
            crate::run::Source::File(PathBuf::from(&first)),
            std::iter::from_fn(rest)
                .map(|p| p.to_string_lossy().into_owned())
                .collect(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Command, UsageError> {
        parse_args(args.iter().map(OsString::from))
    }

    #[test]
    fn commands() {
        assert_eq!(
            parse(&["--dump-ast", "a.py"]),
            Ok(Command::DumpAst("a.py".into()))
        );
        assert_eq!(
            parse(&["--tokens", "a.py"]),
            Ok(Command::Tokens("a.py".into()))
        );
        assert_eq!(parse(&["--dis", "a.py"]), Ok(Command::Dis("a.py".into())));
        assert_eq!(
            parse(&["--compile-check", "a.py", "b.py"]),
            Ok(Command::CompileCheck(vec!["a.py".into(), "b.py".into()]))
        );
        assert_eq!(
            parse(&["--compile-bench", "a.py"]),
            Ok(Command::CompileBench(vec!["a.py".into()]))
        );
        assert_eq!(
            parse(&["--parse-bench", "a.py", "b.py"]),
            Ok(Command::ParseBench(vec!["a.py".into(), "b.py".into()]))
        );
        assert_eq!(parse(&["-V"]), Ok(Command::Version { verbose: false }));
        assert_eq!(parse(&["-VV"]), Ok(Command::Version { verbose: true }));
        assert_eq!(parse(&["--help"]), Ok(Command::Help));
    }

    #[test]
    fn usage_errors() {
        assert_eq!(
            parse(&["--dump-ast"]),
            Err(UsageError(
                "Argument expected for the --dump-ast option".into()
            ))
        );
        assert_eq!(
            parse(&["--foo"]),
            Err(UsageError("Unknown option: --foo".into()))
        );
        assert!(parse(&["--tokens", "a.py", "b.py"]).is_err());
        assert!(parse(&["-c"]).is_err());
        assert_eq!(
            parse(&["-m"]),
            Err(UsageError("Argument expected for the -m option".into()))
        );
    }

    #[test]
    fn run_forms() {
        use crate::run::Source;
        assert_eq!(parse(&[]), Ok(Command::Run(Source::Stdin, vec![])));
        assert_eq!(
            parse(&["script.py", "a", "b"]),
            Ok(Command::Run(
                Source::File("script.py".into()),
                vec!["a".into(), "b".into()]
            ))
        );
        assert_eq!(
            parse(&["-c", "print(1)", "x"]),
            Ok(Command::Run(
                Source::Code("print(1)".into()),
                vec!["x".into()]
            ))
        );
        assert_eq!(parse(&["-"]), Ok(Command::Run(Source::Stdin, vec![])));
        assert_eq!(
            parse(&["-m", "pkg", "-c", "x"]),
            Ok(Command::RunModule(
                "pkg".into(),
                vec!["-c".into(), "x".into()]
            ))
        );
    }
}
