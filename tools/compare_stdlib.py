"""Compares Taipan's front end with CPython 3.14 on every .py file of the
reference standard library (tests included).

Runs on the reference interpreter only; tools/compare_stdlib.sh starts it.
CPython's side is computed in this one process: `ast.dump(ast.parse(...),
include_attributes=True)` (for a file it rejects, the report that
`python3.14 FILE` prints, from a child process: there are few) and the
output of `python3.14 -m tokenize -e FILE`. Taipan runs once per file and
mode (`taipan --dump-ast FILE`, `taipan --tokens FILE`).

Prints `dump-ast identical: N/M` and `tokens identical: N/M`; the differing
files, each with its first difference, go to the log.

usage: compare_stdlib.py TAIPAN LOG [STDLIB_DIR]
"""

import concurrent.futures
import os
import subprocess
import sys
import sysconfig
import tokenize
import warnings

from ref_dump_ast import dump_result as cpython_dump


def python_files(root):
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        found.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
    return found


def cpython_tokens(path):
    """(stdout, stderr, exit status) of `python3.14 -m tokenize -e path`,
    formatted as tokenize's command line formats them."""
    lines = []
    status, error = 0, None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        try:
            with open(path, "rb") as f:
                for t in tokenize.tokenize(f.readline):
                    where = "%d,%d-%d,%d:" % (t.start + t.end)
                    lines.append("%-20s%-15s%-15r\n" % (where, tokenize.tok_name[t.exact_type], t.string))
        except IndentationError as err:
            line, column = err.args[1][1:3]
            error = "%s:%d:%d: error: %s" % (path, line, column, err.args[0])
        except tokenize.TokenError as err:
            line, column = err.args[1]
            error = "%s:%d:%d: error: %s" % (path, line, column, err.args[0])
        except SyntaxError as err:
            error = "%s: error: %s" % (path, err)
    stderr = "".join(warnings.formatwarning(w.message, w.category, w.filename, w.lineno)
                     for w in caught)
    if error is not None:
        # tokenize prints nothing when the tokenizer fails.
        lines, status = [], 1
        stderr += error + "\n"
    encode = lambda s: s.encode("utf-8", "surrogateescape")
    return encode("".join(lines)), encode(stderr), status


def run_taipan(taipan, option, path):
    try:
        r = subprocess.run([taipan, option, path], capture_output=True,
                           stdin=subprocess.DEVNULL, timeout=120)
    except subprocess.TimeoutExpired:
        return b"", b"timed out\n", None
    return r.stdout, r.stderr, r.returncode


def first_difference(want, got):
    """A short description of where two results first differ."""
    names = ("stdout", "stderr", "exit status")
    for name, w, g in zip(names, want, got):
        if w == g:
            continue
        if not isinstance(w, bytes) or not isinstance(g, bytes):
            return f"{name}: expected {w!r}, got {g!r}"
        at = next((i for i, (a, b) in enumerate(zip(w, g)) if a != b), min(len(w), len(g)))
        start = max(0, at - 60)
        return (f"{name} differs at byte {at}:\n"
                f"    expected: {w[start:at + 100]!r}\n"
                f"    taipan:   {g[start:at + 100]!r}")
    return "identical"


def compare(taipan, files, option, cpython, log, title):
    """Counts the files where Taipan's result equals `cpython(path)`'s; the
    CPython side runs here, Taipan in two worker threads, a window ahead."""
    identical = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        window = []
        for i, path in enumerate(files):
            window.append((path, pool.submit(run_taipan, taipan, option, path)))
            if len(window) < 8 and i + 1 < len(files):
                continue
            for path, future in window:
                want, got = cpython(path), future.result()
                if want == got:
                    identical += 1
                else:
                    log.write(f"{title} {path}\n  {first_difference(want, got)}\n")
            window = []
    return identical


def main():
    taipan, log_path = sys.argv[1], sys.argv[2]
    root = sys.argv[3] if len(sys.argv) > 3 else sysconfig.get_paths()["stdlib"]
    files = python_files(root)
    with open(log_path, "w", encoding="utf-8") as log:
        same = compare(taipan, files, "--dump-ast", cpython_dump, log, "DUMP-AST")
        print(f"dump-ast identical: {same}/{len(files)}", flush=True)
        same = compare(taipan, files, "--tokens", cpython_tokens, log, "TOKENS")
        print(f"tokens identical: {same}/{len(files)}")
    print(f"differences: {log_path}")


if __name__ == "__main__":
    main()
