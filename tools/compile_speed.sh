#!/bin/sh
# Source-to-code-object time of Taipan against CPython 3.14's compile() over
# the reference standard library (median of 5 runs each, in one run).
# usage: tools/compile_speed.sh [STDLIB_DIR]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
refpython=$("$root/tools/refpython.sh")
cargo build --release -q -p taipan --manifest-path "$root/Cargo.toml"
exec "$refpython" "$root/tools/compile_speed.py" "$root/target/release/taipan" "$@"
