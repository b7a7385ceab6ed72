"""What `taipan --dump-ast FILE` must print, as CPython 3.14 prints it.

Runs on the reference interpreter only (tools/record_expected.sh and
tools/compare_stdlib.sh start it). Prints
`ast.dump(ast.parse(source), include_attributes=True)`; for a file the
parser rejects, prints on stderr what `python3.14 FILE` prints for the
uncaught SyntaxError and exits 1.
"""

import ast
import subprocess
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: ref_dump_ast.py FILE")
    path = sys.argv[1]
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source, filename=path)
    except SyntaxError:
        # A file that does not parse never starts running, so the
        # interpreter's own report is the file-mode SyntaxError report
        # (its columns differ from compile()'s at the end of the input).
        result = subprocess.run([sys.executable, "-I", path], stdin=subprocess.DEVNULL)
        sys.exit(result.returncode)
    print(ast.dump(tree, include_attributes=True))


if __name__ == "__main__":
    main()
