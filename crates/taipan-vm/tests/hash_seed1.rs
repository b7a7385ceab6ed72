//! str/bytes/tuple/frozenset hashes and set iteration order with
//! PYTHONHASHSEED=1, compared with CPython's output in tests/data (one test:
//! the seed is read once per process, before any hashing).

mod common;

use common::hash_samples::*;

#[test]
fn matches_cpython_with_seed_1() {
    // SAFETY-free in edition 2021; this binary's only test sets it before
    // anything hashes.
    std::env::set_var("PYTHONHASHSEED", "1");
    let expected = include_str!("data/hash_seed1.txt");
    let expected: Vec<&str> = expected.lines().collect();
    assert_eq!(hash_lines(), expected);
}
