//! Tokenizer and parser throughput over every `.py` file of CPython 3.14's
//! standard library (tests included), read into memory first.
//!
//! The library is found as `common::load_stdlib` says.

mod common;

use common::load_stdlib;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use taipan_syntax::parser::parse_module;
use taipan_syntax::tokenizer::tokenize;

fn bench(c: &mut Criterion) {
    let sources = match load_stdlib() {
        Ok(sources) => sources,
        Err(why) => {
            eprintln!(
                "parse_stdlib: skipped, the standard library was not found ({why}); \
                 set TAIPAN_STDLIB to a CPython 3.14 Lib directory"
            );
            return;
        }
    };
    let bytes: usize = sources.iter().map(String::len).sum();
    let mut group = c.benchmark_group("stdlib");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("tokenize", |b| {
        b.iter(|| {
            sources
                .iter()
                .map(|s| tokenize(s).tokens.len())
                .sum::<usize>()
        })
    });
    group.bench_function("tokenize_and_parse", |b| {
        b.iter(|| sources.iter().filter(|s| parse_module(s).is_ok()).count())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
