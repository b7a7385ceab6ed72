#!/bin/sh
# (Re)records the expected outputs of the conformance suites under tests/
# from CPython 3.14.  usage: tools/record_expected.sh [SUITE [CASE.py...]]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
refpython=$("$root/tools/refpython.sh")
exec "$refpython" "$root/tools/record_expected.py" "$root" "$@"
