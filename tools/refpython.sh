#!/bin/sh
# Prints the path of the reference CPython 3.14: $TAIPAN_REFPYTHON if set,
# else what `shared/tools/refpython 3.14` gives from the nearest directory
# above the checkout that has one (it installs the interpreter if needed),
# else python3.14 on PATH.
set -eu
if [ -n "${TAIPAN_REFPYTHON:-}" ]; then
    echo "$TAIPAN_REFPYTHON"
    exit 0
fi
dir=$(cd "$(dirname "$0")/.." && pwd)
while [ "$dir" != / ]; do
    dir=$(dirname "$dir")
    if [ -x "$dir/shared/tools/refpython" ]; then
        exec "$dir/shared/tools/refpython" 3.14
    fi
done
if command -v python3.14 >/dev/null; then
    command -v python3.14
    exit 0
fi
echo "no CPython 3.14 found: set TAIPAN_REFPYTHON or put python3.14 on PATH" >&2
exit 1
