"""Compiles every .py file of the reference standard library (tests
included) with Taipan and with CPython 3.14's `compile()`, and compares.

Runs on the reference interpreter only; tools/compile_stdlib.sh starts it.
Taipan runs as `taipan --compile-check FILE...` over batches of files; it
lists, per file, each code object's instruction names (depth first, the
order `dis` shows them) or the file's SyntaxError. A batch that crashes or
hangs is resumed after the file it stopped in, which counts as a crash.

Prints:
- `compiled: N/M`: files Taipan compiles, of the M that CPython compiles;
- `rejected alike: N/R`: files CPython rejects where Taipan raises the same
  error class, message and line;
- `opnames identical: N/M code objects`: code objects, in the files both
  compile, whose instruction names (EXTENDED_ARG included, caches not)
  equal CPython 3.14's; code objects are matched by qualified name, first
  line and order of appearance.
Every file that differs in any of these goes to the log, with the first
difference.

usage: compile_stdlib.py TAIPAN LOG [STDLIB_DIR]
"""

import collections
import dis
import os
import subprocess
import sys
import sysconfig
import warnings

BATCH = 100
BATCH_TIMEOUT = 300


def python_files(root):
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        found.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
    return found


def opnames(code):
    """The instruction names of one code object, caches skipped."""
    raw = code.co_code
    names = []
    i = 0
    while i < len(raw):
        name = dis.opname[raw[i]]
        names.append(name)
        i += 2 * (1 + dis._inline_cache_entries.get(name, 0))
    return names


def code_objects(code):
    yield code
    for const in code.co_consts:
        if isinstance(const, type(code)):
            yield from code_objects(const)


def cpython_result(path):
    """("ok", [(qualname, firstlineno, opnames), ...]) or
    ("error", (class, lineno, message)), as Taipan's records give them."""
    with open(path, "rb") as f:
        source = f.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            code = compile(source, path, "exec")
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        message = e.msg if isinstance(e, SyntaxError) else str(e)
        return "error", (type(e).__name__, getattr(e, "lineno", None), message)
    return "ok", [(c.co_qualname, c.co_firstlineno, " ".join(opnames(c)))
                  for c in code_objects(code)]


def parse_records(text):
    """{path: result} for the complete records of `taipan --compile-check`
    output, and the path of a record left unfinished (None if none)."""
    results = {}
    path, codes, error = None, [], None
    for line in text.splitlines():
        kind, _, rest = line.partition("\t")
        if kind == "file":
            path, codes, error = rest, [], None
        elif kind == "code":
            qualname, firstlineno, names = rest.split("\t")
            codes.append((qualname, int(firstlineno), names))
        elif kind == "error":
            cls, lineno, message = rest.split("\t", 2)
            error = (cls, int(lineno), message.replace("\\n", "\n"))
        elif kind == "done":
            results[path] = ("error", error) if error else ("ok", codes)
            path = None
    return results, path


def taipan_results(taipan, files):
    """{path: result}; a file the compiler crashed or hung on maps to
    ("crash", description)."""
    results = {}
    pending = list(files)
    while pending:
        batch = pending[:BATCH]
        try:
            r = subprocess.run([taipan, "--compile-check", *batch], capture_output=True,
                               stdin=subprocess.DEVNULL, timeout=BATCH_TIMEOUT)
            out, status, how = r.stdout, r.returncode, f"exit status {r.returncode}"
            last = r.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
            how += "".join(": " + line[:200] for line in last)
        except subprocess.TimeoutExpired as e:
            out, status, how = e.stdout or b"", None, f"no result in {BATCH_TIMEOUT} s"
        done, unfinished = parse_records(out.decode("utf-8", "replace"))
        results.update(done)
        if status == 0 and len(done) == len(batch):
            pending = pending[len(batch):]
            continue
        # The batch stopped in the first file without a record.
        stopped = unfinished or next(p for p in batch if p not in done)
        results[stopped] = ("crash", how)
        pending = pending[batch.index(stopped) + 1:]
    return results


def keyed(codes):
    """Code objects keyed by (qualname, first line, occurrence)."""
    seen = collections.Counter()
    out = {}
    for qualname, firstlineno, names in codes:
        key = (qualname, firstlineno)
        out[key + (seen[key],)] = names
        seen[key] += 1
    return out


def first_opname_difference(want, got):
    a, b = want.split(), got.split()
    at = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return (f"at instruction {at}: CPython {' '.join(a[at:at + 4]) or '(end)'}"
            f" | Taipan {' '.join(b[at:at + 4]) or '(end)'}")


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit("usage: compile_stdlib.py TAIPAN LOG [STDLIB_DIR]")
    taipan, log_path = sys.argv[1], sys.argv[2]
    root = sys.argv[3] if len(sys.argv) > 3 else sysconfig.get_paths()["stdlib"]
    files = python_files(root)
    print(f"{len(files)} files under {root}", flush=True)
    sys.setrecursionlimit(10000)
    theirs = {path: cpython_result(path) for path in files}
    ours = taipan_results(taipan, files)

    compiled = accepted = rejected = rejected_alike = 0
    same_codes = total_codes = 0
    crashes = 0
    with open(log_path, "w", encoding="utf-8") as log:
        for path in files:
            (want_kind, want), (got_kind, got) = theirs[path], ours[path]
            crashes += got_kind == "crash"
            if want_kind == "error":
                rejected += 1
                if got_kind == "error" and got == want:
                    rejected_alike += 1
                else:
                    log.write(f"REJECT {path}\n  CPython: {want}\n  Taipan: {got_kind} {got}\n")
                continue
            accepted += 1
            want_codes = keyed(want)
            total_codes += len(want_codes)
            if got_kind != "ok":
                log.write(f"COMPILE {path}\n  Taipan: {got_kind} {got}\n")
                continue
            compiled += 1
            got_codes = keyed(got)
            differing = []
            for key, names in want_codes.items():
                if got_codes.get(key) == names:
                    same_codes += 1
                else:
                    differing.append(key)
            if differing:
                qualname, line, _ = key = differing[0]
                detail = ("missing in Taipan" if key not in got_codes
                          else first_opname_difference(want_codes[key], got_codes[key]))
                log.write(f"OPNAMES {path}: {len(differing)}/{len(want_codes)} code objects"
                          f" differ; first: {qualname} (line {line}) {detail}\n")
    print(f"compiled: {compiled}/{accepted}")
    print(f"rejected alike: {rejected_alike}/{rejected}")
    print(f"opnames identical: {same_codes}/{total_codes} code objects"
          f" ({100 * same_codes / max(total_codes, 1):.1f}%)")
    print(f"crashed or hung: {crashes} files")
    print(f"differences: {log_path}")


if __name__ == "__main__":
    main()
