#!/bin/sh
# Compiles every .py file of the reference standard library with Taipan and
# with CPython 3.14's compile(); prints how many compile, how many rejected
# files fail alike, and the share of code objects whose instruction names
# equal CPython's; writes the differing files to target/compile_stdlib.log.
# usage: tools/compile_stdlib.sh [STDLIB_DIR]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
refpython=$("$root/tools/refpython.sh")
cargo build --release -q -p taipan --manifest-path "$root/Cargo.toml"
mkdir -p "$root/target"
exec "$refpython" "$root/tools/compile_stdlib.py" \
    "$root/target/release/taipan" "$root/target/compile_stdlib.log" "$@"
