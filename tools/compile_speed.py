"""Source-to-code-object speed of Taipan against CPython 3.14's `compile()`
on the .py files of the reference standard library, sources already in
memory on both sides (`taipan --compile-bench` times decoding, parsing and
compiling; `compile()` does the same from bytes). Each side runs 5 times;
the medians and their ratio are printed.

Only the files both compile are timed (a compiler that rejects a file
early would otherwise look fast); tools/compile_stdlib.py's
`taipan --compile-check` pass picks them, and their number is printed.

Runs on the reference interpreter only; tools/compile_speed.sh starts it.
usage: compile_speed.py TAIPAN [STDLIB_DIR]
"""

import re
import statistics
import subprocess
import sys
import sysconfig
import time
import warnings

from compile_stdlib import cpython_result, python_files, taipan_results

RUNS = 5


def cpython_seconds(sources):
    start = time.perf_counter()
    for path, source in sources:
        compile(source, path, "exec", dont_inherit=True)
    return time.perf_counter() - start


def taipan_seconds(taipan, files):
    out = subprocess.run([taipan, "--compile-bench", *files], capture_output=True,
                         text=True, check=True).stdout
    match = re.search(r"in ([0-9.]+) s", out)
    if not match:
        sys.exit(f"unexpected --compile-bench output: {out!r}")
    return float(match.group(1)), out.strip()


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: compile_speed.py TAIPAN [STDLIB_DIR]")
    taipan = sys.argv[1]
    root = sys.argv[2] if len(sys.argv) > 2 else sysconfig.get_paths()["stdlib"]
    warnings.simplefilter("ignore")
    sys.setrecursionlimit(10000)
    files = python_files(root)
    ours = taipan_results(taipan, files)
    both = [path for path in files
            if ours[path][0] == "ok" and cpython_result(path)[0] == "ok"]
    if not both:
        sys.exit("Taipan compiles none of the files: nothing to time")
    sources = []
    for path in both:
        with open(path, "rb") as f:
            sources.append((path, f.read()))
    print(f"{len(both)} of {len(files)} files (the ones both compile),"
          f" {sum(len(s) for _, s in sources)} bytes under {root}")
    cpython, taipan_runs = [], []
    for _ in range(RUNS):
        cpython.append(cpython_seconds(sources))
        seconds, summary = taipan_seconds(taipan, both)
        taipan_runs.append(seconds)
    c, t = statistics.median(cpython), statistics.median(taipan_runs)
    print(f"taipan: {summary}")
    print(f"CPython 3.14 compile():          median {c:.3f} s of {RUNS}")
    print(f"Taipan decode+parse+compile:     median {t:.3f} s of {RUNS}")
    print(f"ratio CPython/Taipan: {c / t:.2f}x (above 1: Taipan is faster; target 2x)")


if __name__ == "__main__":
    main()
