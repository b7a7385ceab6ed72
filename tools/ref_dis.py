"""What `taipan --dis FILE` must print, as CPython 3.14 prints it.

Runs on the reference interpreter only (tools/record_expected.sh starts it
for tests/dis/). Prints what `python3.14 -m dis FILE` prints, with one
change: each code object's address is replaced by the stable stand-in
Taipan prints (`taipan_bytecode::dis::stable_address`): FNV-1a over
co_qualname, co_filename, co_firstlineno (4 bytes, little-endian) and
co_code, kept to 48 bits. Both sides therefore print the same address for
byte-identical code, and the expected output stays the same across runs.

For a file that does not compile, prints on stderr what `python3.14 FILE`
prints for the uncaught SyntaxError (the report Taipan gives) and exits 1.
"""

import dis
import io
import subprocess
import sys

FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3
MASK64 = (1 << 64) - 1


def stable_address(code):
    h = FNV_OFFSET
    data = (code.co_qualname.encode("utf-8", "surrogatepass")
            + code.co_filename.encode("utf-8", "surrogatepass")
            + code.co_firstlineno.to_bytes(4, "little", signed=True)
            + code.co_code)
    for byte in data:
        h = ((h ^ byte) * FNV_PRIME) & MASK64
    return h & 0xFFFF_FFFF_FFFF


def code_objects(code):
    yield code
    for const in code.co_consts:
        if isinstance(const, type(code)):
            yield from code_objects(const)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: ref_dis.py FILE")
    path = sys.argv[1]
    with open(path, "rb") as f:
        source = f.read()
    try:
        # As `-m dis` compiles it: under the path as given.
        code = compile(source, path, "exec")
    except SyntaxError:
        # The interpreter's own report of a file that does not compile (it
        # never starts running it).
        result = subprocess.run([sys.executable, "-I", path], stdin=subprocess.DEVNULL)
        sys.exit(result.returncode)
    out = io.StringIO()
    dis.dis(code, file=out)
    text = out.getvalue()
    for co in code_objects(code):
        text = text.replace(f" at {id(co):#x},", f" at {stable_address(co):#x},")
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
