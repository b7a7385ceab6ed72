"""Tokenize+parse speed of Taipan against CPython 3.14's `ast.parse`, on
every .py file of the reference standard library, sources already in
memory on both sides. Each side runs 5 times; the medians and their ratio
are printed.

Runs on the reference interpreter only; tools/parse_speed.sh starts it.
usage: parse_speed.py TAIPAN [STDLIB_DIR]
"""

import ast
import os
import re
import statistics
import subprocess
import sys
import sysconfig
import time
import warnings

RUNS = 5


def python_files(root):
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        found.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
    return found


def cpython_seconds(sources):
    start = time.perf_counter()
    for source in sources:
        try:
            ast.parse(source)
        except SyntaxError:
            pass
    return time.perf_counter() - start


def taipan_seconds(taipan, files):
    out = subprocess.run([taipan, "--parse-bench", *files], capture_output=True,
                         text=True, check=True).stdout
    match = re.search(r"in ([0-9.]+) s", out)
    if not match:
        sys.exit(f"unexpected --parse-bench output: {out!r}")
    return float(match.group(1)), out.strip()


def main():
    taipan = sys.argv[1]
    root = sys.argv[2] if len(sys.argv) > 2 else sysconfig.get_paths()["stdlib"]
    files = python_files(root)
    sources = []
    for path in files:
        with open(path, "rb") as f:
            sources.append(f.read())
    print(f"{len(files)} files, {sum(map(len, sources))} bytes under {root}")
    warnings.simplefilter("ignore")
    cpython, taipan_runs = [], []
    for _ in range(RUNS):
        cpython.append(cpython_seconds(sources))
        seconds, summary = taipan_seconds(taipan, files)
        taipan_runs.append(seconds)
    c, t = statistics.median(cpython), statistics.median(taipan_runs)
    print(f"taipan: {summary}")
    print(f"CPython 3.14 ast.parse: median {c:.3f} s of {RUNS}")
    print(f"Taipan tokenize+parse:  median {t:.3f} s of {RUNS}")
    print(f"ratio CPython/Taipan: {c / t:.2f}x (above 1: Taipan is faster)")


if __name__ == "__main__":
    main()
