//! Compiler throughput over every `.py` file of CPython 3.14's standard
//! library (tests included) that Taipan compiles: AST to code objects, and
//! the whole way from source text to code objects. Bytes are source bytes,
//! so the figures compare with `parse_stdlib`'s.
//!
//! The library is found as `common::load_stdlib` says.

mod common;

use common::load_stdlib;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::panic::{catch_unwind, AssertUnwindSafe};
use taipan_compiler::compile_module;
use taipan_syntax::ast::Mod;
use taipan_syntax::parser::parse_module;

/// The sources the compiler accepts, with their ASTs. A file it rejects or
/// panics on is left out: the bench measures compiling, not failing early.
fn compilable(sources: Vec<String>) -> Vec<(String, Mod)> {
    sources
        .into_iter()
        .filter_map(|source| {
            let module = parse_module(&source).ok()?;
            let compiled = catch_unwind(AssertUnwindSafe(|| {
                compile_module(&module, "<stdlib>").is_ok()
            }));
            matches!(compiled, Ok(true)).then_some((source, module))
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let sources = match load_stdlib() {
        Ok(sources) => sources,
        Err(why) => {
            eprintln!(
                "compile_stdlib: skipped, the standard library was not found ({why}); \
                 set TAIPAN_STDLIB to a CPython 3.14 Lib directory"
            );
            return;
        }
    };
    let total = sources.len();
    // Panics of the files left out would flood the output.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let files = compilable(sources);
    std::panic::set_hook(hook);
    eprintln!("compile_stdlib: {} of {total} files compile", files.len());
    let bytes: usize = files.iter().map(|(source, _)| source.len()).sum();
    let mut group = c.benchmark_group("stdlib");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("compile", |b| {
        b.iter(|| {
            files
                .iter()
                .filter(|(_, module)| compile_module(module, "<stdlib>").is_ok())
                .count()
        })
    });
    group.bench_function("parse_and_compile", |b| {
        b.iter(|| {
            files
                .iter()
                .filter_map(|(source, _)| parse_module(source).ok())
                .filter(|module| compile_module(module, "<stdlib>").is_ok())
                .count()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
