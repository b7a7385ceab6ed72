//! Property test: no source, however broken, panics or hangs the front end.
//!
//! Seeds are the Python files of the conformance suites under `tests/`;
//! each is mutated many times (bytes deleted, duplicated, replaced with
//! Python-significant characters, lines swapped, truncations) by a fixed
//! pseudo-random sequence, so a failure reproduces. Every mutant goes
//! through decoding, the token listing, the parser, `ast.dump` and the
//! SyntaxError report. A panic fails the test (with the mutant saved under
//! the target directory); so does any single mutant taking over a second.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use taipan_syntax::error_report::format_syntax_error;
use taipan_syntax::tokenizer::{decode_source, token_listing};
use taipan_syntax::{dump::dump, parse_module};

const MUTANTS_PER_SEED: usize = 60;
const SLOW: Duration = Duration::from_secs(1);

/// Characters that change how Python code tokenizes or parses.
const INTERESTING: &[&[u8]] = &[
    b"(",
    b")",
    b"[",
    b"]",
    b"{",
    b"}",
    b"'",
    b"\"",
    b"'''",
    b"\"\"\"",
    b"f'",
    b"t\"",
    b"rb'",
    b"\\",
    b"\n",
    b"\r",
    b"\t",
    b" ",
    b"    ",
    b"#",
    b":",
    b"=",
    b":=",
    b"*",
    b"**",
    b"!r",
    b"{{",
    b"}}",
    b"@",
    b"0x",
    b"1_",
    b"1e",
    b"j",
    b".",
    b",",
    b";",
    b"lambda",
    b"match",
    b"case",
    b"type",
    b"async",
    b"await",
    b"yield",
    b"\xc3\xa9",
    b"\xff",
    b"\x00",
    b"\xe2\x82\xac",
    b"\xef\xbb\xbf",
    b"# coding: latin-1\n",
];

/// xorshift64*: tiny, deterministic, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn mutate(seed: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut out = seed.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(6) {
            0 if !out.is_empty() => {
                let end = (at + 1 + rng.below(8)).min(out.len());
                out.drain(at.min(end)..end);
            }
            1 => {
                let piece = INTERESTING[rng.below(INTERESTING.len())];
                out.splice(at..at, piece.iter().copied());
            }
            2 if at < out.len() => out[at] = INTERESTING[rng.below(INTERESTING.len())][0],
            3 => out.truncate(at),
            4 => {
                // Duplicate a slice: deepens nesting and repeats constructs.
                let end = (at + rng.below(40)).min(out.len());
                let copy = out[at..end].to_vec();
                out.splice(at..at, copy);
            }
            _ => {
                let mut lines: Vec<&[u8]> = out.split(|&b| b == b'\n').collect();
                if lines.len() > 1 {
                    let (i, j) = (rng.below(lines.len()), rng.below(lines.len()));
                    lines.swap(i, j);
                }
                out = lines.join(&b'\n');
            }
        }
    }
    out
}

fn front_end(bytes: &[u8]) {
    let _ = token_listing(bytes);
    let Ok(source) = decode_source(bytes, Some("<mutant>")) else {
        return;
    };
    match parse_module(&source) {
        Ok(module) => {
            dump(&module, true);
        }
        Err(err) => {
            format_syntax_error(&err, "<mutant>", Some(&source));
        }
    }
}

fn seeds() -> Vec<PathBuf> {
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests");
    let mut found = Vec::new();
    for suite in ["syntax", "syntax_errors", "tokens"] {
        let Ok(entries) = std::fs::read_dir(tests.join(suite)) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "py") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

#[test]
fn mutated_sources_never_panic_or_hang() {
    let seeds = seeds();
    assert!(
        seeds.len() > 100,
        "expected the conformance suites as seeds, found {}",
        seeds.len()
    );
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut runs = 0;
    for path in &seeds {
        let seed = std::fs::read(path).expect("seed file");
        for _ in 0..MUTANTS_PER_SEED {
            let mutant = mutate(&seed, &mut rng);
            let started = Instant::now();
            let outcome = std::panic::catch_unwind(|| front_end(&mutant));
            let took = started.elapsed();
            if outcome.is_err() || took > SLOW {
                let saved = Path::new(env!("CARGO_TARGET_TMPDIR")).join("failing_mutant.py");
                std::fs::write(&saved, &mutant).expect("save mutant");
                panic!(
                    "mutant of {} {} (saved to {})",
                    path.display(),
                    if outcome.is_err() {
                        "panicked"
                    } else {
                        "took over a second"
                    },
                    saved.display()
                );
            }
            runs += 1;
        }
    }
    assert_eq!(runs, seeds.len() * MUTANTS_PER_SEED);
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    for opener in [
        "(",
        "[",
        "{",
        "-",
        "not ",
        "lambda:",
        "f(",
        "a if b else ",
        "[*",
        "~",
    ] {
        let source = format!("x = {}1\n", opener.repeat(100_000));
        let outcome = std::panic::catch_unwind(|| front_end(source.as_bytes()));
        assert!(outcome.is_ok(), "nesting with {opener:?} panicked");
    }
}
