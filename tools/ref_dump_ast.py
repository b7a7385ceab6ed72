"""What `taipan --dump-ast FILE` must print, as CPython 3.14 prints it.

Runs on the reference interpreter only (tools/record_expected.sh and
tools/compare_stdlib.sh use it). Prints
`ast.dump(ast.parse(source), include_attributes=True)`, after the warnings
parsing emits; for a file the parser rejects, prints on stderr what
`python3.14 FILE` prints for the uncaught SyntaxError and exits 1.
"""

import ast
import os
import subprocess
import sys
import warnings


def dump_result(path):
    """(stdout, stderr, exit status), as bytes, bytes and int."""
    with open(path, "rb") as f:
        source = f.read()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        try:
            # The interpreter names a script by its absolute path.
            tree = ast.parse(source, filename=os.path.abspath(path))
        except SyntaxError:
            tree = None
    if tree is None:
        # A file that does not parse never starts running, so the
        # interpreter's own report is the file-mode SyntaxError report
        # (its columns differ from compile()'s at the end of the input),
        # with the same warnings before it.
        result = subprocess.run([sys.executable, "-I", path], capture_output=True,
                                stdin=subprocess.DEVNULL, timeout=60)
        return result.stdout, result.stderr, result.returncode
    stderr = "".join(warnings.formatwarning(w.message, w.category, w.filename, w.lineno)
                     for w in caught)
    stdout = ast.dump(tree, include_attributes=True) + "\n"
    return stdout.encode(), stderr.encode("utf-8", "surrogateescape"), 0


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: ref_dump_ast.py FILE")
    stdout, stderr, status = dump_result(sys.argv[1])
    sys.stdout.buffer.write(stdout)
    sys.stderr.buffer.write(stderr)
    sys.exit(status)


if __name__ == "__main__":
    main()
