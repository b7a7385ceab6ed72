#!/bin/sh
# Runs one pending suite (tests/SUITE/SUITE.pending, which the test runner
# skips) through the conformance runner, by putting its SUITE file in place
# for the duration of the run.  usage: tools/run_pending_suite.sh SUITE
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
suite=${1:?usage: tools/run_pending_suite.sh SUITE}
dir="$root/tests/$suite"
if [ ! -f "$dir/SUITE.pending" ]; then
    echo "no pending suite: $dir/SUITE.pending does not exist" >&2
    exit 1
fi
if [ -e "$dir/SUITE" ]; then
    echo "$dir/SUITE exists: the suite is not pending" >&2
    exit 1
fi
cp "$dir/SUITE.pending" "$dir/SUITE"
trap 'rm -f "$dir/SUITE"' EXIT INT TERM
TAIPAN_TESTS="$suite/" cargo test -q -p taipan --test conformance \
    --manifest-path "$root/Cargo.toml"
