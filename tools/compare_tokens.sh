#!/usr/bin/env bash
# Compares Taipan's token listing with `python3.14 -m tokenize -e` on every
# .py file of the reference standard library (or of the directories given).
# Prints the differing files and `identical: N/M`. A file both reject counts
# as identical.
#
#   tools/compare_tokens.sh [DIR...]
#
# Set TOKENS_REF_CACHE=DIR to keep the reference listings between runs.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
ref=${TAIPAN_REF_PYTHON:-/root/.cache/taipan-ref/bin/python3.14}
dirs=("$@")
[ ${#dirs[@]} -eq 0 ] && dirs=(/root/.cache/taipan-ref/3.14/usr/lib/python3.14)

cargo build --release -q -p taipan-syntax --example tokens --manifest-path "$root/Cargo.toml" || exit 2
ours="$root/target/release/examples/tokens"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

total=0
same=0
while IFS= read -r -d '' f; do
    total=$((total + 1))
    if [ -n "${TOKENS_REF_CACHE:-}" ]; then
        cached="$TOKENS_REF_CACHE/$(printf '%s' "$f" | md5sum | cut -c1-32)"
        if [ ! -f "$cached.rc" ]; then
            "$ref" -m tokenize -e "$f" >"$cached.out" 2>/dev/null
            echo $? >"$cached.rc"
        fi
        cp "$cached.out" "$tmp/ref"
        ref_rc=$(cat "$cached.rc")
    else
        "$ref" -m tokenize -e "$f" >"$tmp/ref" 2>/dev/null
        ref_rc=$?
    fi
    "$ours" "$f" >"$tmp/ours" 2>/dev/null
    our_rc=$?
    if [ $ref_rc -ne 0 ] && [ $our_rc -ne 0 ]; then
        same=$((same + 1))
    elif [ $ref_rc -eq 0 ] && [ $our_rc -eq 0 ] && cmp -s "$tmp/ref" "$tmp/ours"; then
        same=$((same + 1))
    else
        echo "differs: $f (reference exit $ref_rc, taipan exit $our_rc)"
    fi
done < <(find -L "${dirs[@]}" -name '*.py' -type f -print0 | sort -z)
echo "identical: $same/$total"
