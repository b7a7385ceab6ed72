//! The `taipan` command.

mod allocator;
mod args;
mod compile;
mod frontend;
mod run;

use args::{parse_args, Command, HELP};
use std::process::ExitCode;

#[global_allocator]
static GLOBAL: allocator::MiAllocator = allocator::MiAllocator;

/// The Python version Taipan implements, as `python3 --version` prints it.
const PYTHON_VERSION: &str = "3.14.0";

fn main() -> ExitCode {
    let command = match parse_args(std::env::args_os().skip(1)) {
        Ok(command) => command,
        Err(usage) => {
            eprintln!("{usage}");
            return ExitCode::from(2);
        }
    };
    match command {
        Command::DumpAst(path) => frontend::dump_ast(&path),
        Command::Tokens(path) => frontend::tokens(&path),
        Command::ParseBench(paths) => frontend::parse_bench(&paths),
        Command::Dis(path) => compile::dis_file(&path),
        Command::CompileCheck(paths) => compile::compile_check(&paths),
        Command::CompileBench(paths) => compile::compile_bench(&paths),
        Command::Version { verbose: false } => {
            println!("Python {PYTHON_VERSION}");
            ExitCode::SUCCESS
        }
        Command::Version { verbose: true } => {
            println!(
                "Python {PYTHON_VERSION} (Taipan {})",
                env!("CARGO_PKG_VERSION")
            );
            ExitCode::SUCCESS
        }
        Command::Run(source, argv) => {
            taipan_stdlib::install();
            run::run(source, argv)
        }
        Command::RunModule(module, argv) => {
            taipan_stdlib::install();
            run::run_module(module, argv)
        }
        Command::Help => {
            print!("{HELP}");
            ExitCode::SUCCESS
        }
    }
}
