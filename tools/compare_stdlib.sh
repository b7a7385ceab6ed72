#!/bin/sh
# Compares `taipan --dump-ast` and `taipan --tokens` with CPython 3.14 on
# every .py file of the reference standard library; prints the identical
# counts and writes the differences to target/compare_stdlib.log.
# usage: tools/compare_stdlib.sh [STDLIB_DIR]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
refpython=$("$root/tools/refpython.sh")
cargo build --release -q -p taipan --manifest-path "$root/Cargo.toml"
mkdir -p "$root/target"
exec "$refpython" "$root/tools/compare_stdlib.py" \
    "$root/target/release/taipan" "$root/target/compare_stdlib.log" "$@"
