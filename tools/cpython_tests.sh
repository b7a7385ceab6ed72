#!/bin/sh
# Runs CPython 3.14's own regression tests (the `test` package of the
# reference standard library) on Taipan and prints one row per module:
# tests run, failures, errors, skipped and a status (OK, FAILED, TIMEOUT,
# or NO-START when the module did not get as far as running tests).
# Each module's full output goes to target/cpython_tests/MODULE.log.
# usage: tools/cpython_tests.sh MODULE...   (e.g. test_bisect test_heapq)
# env: TAIPAN (the binary; default target/quick/taipan, else
#      target/release/taipan), TAIPAN_STDLIB (default: the reference Lib),
#      TIMEOUT (seconds per module, default 300).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${TAIPAN:-}" ]; then
    TAIPAN=$root/target/quick/taipan
    [ -x "$TAIPAN" ] || TAIPAN=$root/target/release/taipan
fi
: "${TAIPAN_STDLIB:=/root/.cache/taipan-ref/3.14/usr/lib/python3.14}"
export TAIPAN_STDLIB
timeout_s=${TIMEOUT:-300}
logs=$root/target/cpython_tests
mkdir -p "$logs"
[ $# -gt 0 ] || { echo "usage: $0 MODULE..." >&2; exit 2; }

printf '%-24s %6s %8s %6s %7s  %s\n' module run failures errors skipped status
for mod in "$@"; do
    log=$logs/$mod.log
    # Tests may write files: run them in a scratch directory.
    work=$(mktemp -d)
    rc=0
    (cd "$work" && timeout "$timeout_s" "$TAIPAN" -c \
        "import unittest, test.$mod as m; unittest.main(module=m, verbosity=0)" \
        >"$log" 2>&1) || rc=$?
    rm -rf "$work"
    run=$(sed -n 's/^Ran \([0-9]*\) tests\{0,1\} in .*/\1/p' "$log" | tail -n 1)
    summary=$(grep -E '^(OK|FAILED)( \(|$)' "$log" | tail -n 1 || true)
    count() {
        echo "$summary" | sed -n "s/.*[( ]$1=\([0-9]*\).*/\1/p"
    }
    failures=$(count failures)
    errors=$(count errors)
    skipped=$(count skipped)
    if [ "$rc" -eq 124 ]; then
        status=TIMEOUT
    elif [ -z "$run" ]; then
        status=NO-START
    elif [ "${summary%% *}" = OK ]; then
        status=OK
    else
        status=FAILED
    fi
    printf '%-24s %6s %8s %6s %7s  %s\n' "$mod" "${run:--}" "${failures:-0}" \
        "${errors:-0}" "${skipped:-0}" "$status"
done
