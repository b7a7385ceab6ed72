"""Records the expected outputs of the conformance suites from CPython 3.14.

Runs on the reference interpreter only; tools/record_expected.sh starts it.
Each suite is a directory tests/<suite>/ with a SUITE file, or a
SUITE.pending file for a suite the test runner skips for now (both are
described in tests/README.md). For every case NAME.py the command named by
the suite's `cpython` line runs in the suite's directory with NAME.py as its
last argument, and its output is stored beside the case:
NAME.stdout (always), NAME.stderr (when not empty), NAME.rc (when not 0).
The suite directory's absolute path is removed from both streams, as the
test runner removes it from Taipan's output.

usage: record_expected.py ROOT [SUITE [CASE...]]
"""

import os
import shlex
import subprocess
import sys


def read_suite(path):
    """The SUITE file's `key = value` lines as a dict."""
    settings = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, sep, value = line.partition("=")
            if not sep:
                sys.exit(f"{path}: expected `key = value`: {line!r}")
            settings[key.strip()] = value.strip()
    return settings


def store(path, data, keep):
    if keep:
        with open(path, "wb") as f:
            f.write(data)
    elif os.path.exists(path):
        os.remove(path)


def record_case(root, suite_dir, command, case):
    result = subprocess.run(
        [sys.executable] + command + [case],
        cwd=suite_dir,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=60,
    )
    prefix = (suite_dir + os.sep).encode()
    stdout = result.stdout.replace(prefix, b"")
    stderr = result.stderr.replace(prefix, b"")
    stem = os.path.join(suite_dir, case[: -len(".py")])
    store(stem + ".stdout", stdout, True)
    store(stem + ".stderr", stderr, bool(stderr))
    store(stem + ".rc", f"{result.returncode}\n".encode(), result.returncode != 0)


def main():
    root = os.path.realpath(sys.argv[1])
    tests = os.path.join(root, "tests")
    suites = sys.argv[2:3] or sorted(os.listdir(tests))
    only = set(sys.argv[3:])
    for suite in suites:
        suite_dir = os.path.join(tests, suite)
        # A pending suite (tests/README.md) is recorded like any other.
        for name in ("SUITE", "SUITE.pending"):
            suite_file = os.path.join(suite_dir, name)
            if os.path.isfile(suite_file):
                break
        else:
            continue
        settings = read_suite(suite_file)
        command = shlex.split(settings.get("cpython", "").replace("{root}", root))
        cases = sorted(
            name for name in os.listdir(suite_dir)
            if name.endswith(".py") and (not only or name in only)
        )
        for case in cases:
            record_case(root, suite_dir, command, case)
        print(f"{suite}: recorded {len(cases)} cases")


if __name__ == "__main__":
    main()
