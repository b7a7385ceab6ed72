"""Compares taipan-compiler's code objects with the reference CPython's.

`cargo test -p taipan-compiler --test dis` writes, for each tests/dis/*.py,
its compiled code object as a Python literal (`Code(...)`) into
$TAIPAN_DIS_OUT (default: target/taipan-dis). This script rebuilds real
code objects from them, disassembles both with the reference `dis`, and
reports which match.

usage: python3.14 compare_dis.py SRC_DIR OUT_DIR [-v]
"""
import dis
import io
import pathlib
import re
import sys
import types

KIND_LOCAL, KIND_CELL, KIND_FREE = 0x20, 0x40, 0x80


def Code(argcount, posonly, kwonly, stacksize, flags, code, consts, names,
         localsplusnames, kinds, filename, name, qualname, firstlineno,
         linetable, exceptiontable):
    kinds = bytes.fromhex(kinds)
    varnames = tuple(n for n, k in zip(localsplusnames, kinds) if k & KIND_LOCAL)
    cellvars = tuple(n for n, k in zip(localsplusnames, kinds) if k & KIND_CELL)
    freevars = tuple(n for n, k in zip(localsplusnames, kinds) if k & KIND_FREE)
    return types.CodeType(argcount, posonly, kwonly, len(varnames), stacksize, flags,
                          bytes.fromhex(code), consts, names, varnames, filename, name,
                          qualname, firstlineno, bytes.fromhex(linetable),
                          bytes.fromhex(exceptiontable), freevars, cellvars)


def _sorted_frozenset(m):
    items = sorted(i.strip() for i in m.group(1).split(","))
    return "frozenset({" + ", ".join(items) + "})"


def disassemble(co):
    out = io.StringIO()
    dis.dis(co, file=out)
    text = re.sub(r" at 0x[0-9a-f]+", " at 0x", out.getvalue())
    # A frozenset's iteration order depends on string hashes (randomized
    # per process, and on how the set was built): compare sorted.
    return re.sub(r"frozenset\(\{([^{}]*)\}\)", _sorted_frozenset, text)


FIELDS = ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
          "co_stacksize", "co_flags", "co_code", "co_names", "co_varnames",
          "co_cellvars", "co_freevars", "co_name", "co_qualname", "co_firstlineno",
          "co_linetable", "co_exceptiontable")


def field_diff(a, b, path="<module>"):
    """The first field in which two code objects (and their nested ones) differ."""
    for f in FIELDS:
        if getattr(a, f) != getattr(b, f):
            if f == "co_linetable":
                ia = list(dis.get_instructions(a))
                ib = list(dis.get_instructions(b))
                for x, y in zip(ia, ib):
                    if x.positions != y.positions:
                        return (f"{path} positions at {x.offset} {x.opname}: "
                                f"{tuple(x.positions)} != {tuple(y.positions)}")
            return f"{path}.{f}: {getattr(a, f)!r} != {getattr(b, f)!r}"
    ca = [c for c in a.co_consts if isinstance(c, types.CodeType)]
    cb = [c for c in b.co_consts if isinstance(c, types.CodeType)]
    plain_a = [c for c in a.co_consts if not isinstance(c, types.CodeType)]
    plain_b = [c for c in b.co_consts if not isinstance(c, types.CodeType)]
    if plain_a != plain_b or len(ca) != len(cb):
        return f"{path}.co_consts: {a.co_consts!r} != {b.co_consts!r}"
    for x, y in zip(ca, cb):
        d = field_diff(x, y, f"{path}/{x.co_name}")
        if d:
            return d
    return None


def main(src_dir, out_dir, verbose=False):
    ok = fail = 0
    for src in sorted(pathlib.Path(src_dir).glob("*.py")):
        mine = pathlib.Path(out_dir) / (src.stem + ".code")
        if not mine.exists():
            print(f"MISSING {src.name}")
            fail += 1
            continue
        text = mine.read_text()
        if text.startswith("error:"):
            print(f"ERROR   {src.name}: {text.strip()}")
            fail += 1
            continue
        ref = compile(src.read_text(), src.name, "exec")
        mine_code = eval(text, {"Code": Code})
        expected = disassemble(ref)
        got = disassemble(mine_code)
        if got == expected:
            diff = field_diff(ref, mine_code)
            if diff:
                fail += 1
                print(f"FIELDS  {src.name}: {diff[:300]}")
                continue
            ok += 1
            if verbose:
                print(f"ok      {src.name}")
        else:
            fail += 1
            print(f"DIFF    {src.name}")
            if verbose:
                import difflib
                sys.stdout.writelines(difflib.unified_diff(
                    expected.splitlines(True), got.splitlines(True), "cpython", "taipan"))
    print(f"{ok} match, {fail} differ")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "-v" in sys.argv)
