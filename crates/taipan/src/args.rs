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
}

/// A malformed command line; its text is the first line of the report.
#[derive(Debug, PartialEq, Eq)]
pub struct UsageError(pub String);

pub const USAGE: &str = "usage: taipan [option] ... [--dump-ast file | --tokens file | --dis file]";

pub const HELP: &str = "\
usage: taipan [option] ... [--dump-ast file | --tokens file | --dis file]
Options:
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
    let Some(first) = args.next() else {
        return Err(UsageError(
            "Missing file: running scripts is not supported yet".into(),
        ));
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
        option if option.starts_with('-') && option != "-" => {
            Err(UsageError(format!("Unknown option: {option}")))
        }
        _ => Err(UsageError(
            "Running scripts is not supported yet; use --dump-ast, --tokens or --dis".into(),
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
        assert!(parse(&[]).is_err());
        assert!(parse(&["--tokens", "a.py", "b.py"]).is_err());
        assert!(parse(&["--dis"]).is_err());
        assert!(parse(&["script.py"]).is_err());
    }
}
