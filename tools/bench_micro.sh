#!/bin/sh
# The Python micro-benchmarks on Taipan and CPython 3.14 in one run, with
# ratios (median of RUNS runs each, default 5).
# usage: tools/bench_micro.sh [RUNS] [NAME...]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
refpython=$("$root/tools/refpython.sh")
cargo build --release -q -p taipan --manifest-path "$root/Cargo.toml"
exec "$refpython" "$root/tools/bench_micro.py" "$root/target/release/taipan" "$@"
