"""Writes test fixtures for taipan-compiler from the reference CPython 3.14.

Until the parser lands, the compiler's tests read ASTs that the reference
interpreter produced, in a line-based prefix format (`ast_tokens`), and
compare the results with what the reference reports.

usage: python3.14 astfixture.py DIR [--compile]
    (regenerates DIR/*.ast, *.symtable, *.err; with --compile, *.err holds
    the error `compile()` raises, for errors the code generator reports)
"""
import ast
import pathlib
import symtable
import sys


def ast_tokens(node, out):
    if node is None:
        out.append("-")
    elif isinstance(node, ast.AST):
        out.append("K " + type(node).__name__)
        if "lineno" in node._attributes and hasattr(node, "lineno"):
            end_lineno = node.end_lineno if node.end_lineno is not None else node.lineno
            end_col = node.end_col_offset if node.end_col_offset is not None else node.col_offset
            out.append(f"R {node.lineno} {node.col_offset} {end_lineno} {end_col}")
        for field in node._fields:
            ast_tokens(getattr(node, field), out)
    elif isinstance(node, list):
        out.append(f"L {len(node)}")
        for item in node:
            ast_tokens(item, out)
    elif isinstance(node, bool):
        out.append(f"B {int(node)}")
    elif isinstance(node, int):
        out.append(f"I {node}")
    elif isinstance(node, float):
        out.append(f"F {node!r}")
    elif isinstance(node, complex):
        out.append(f"C {node.real!r} {node.imag!r}")
    elif isinstance(node, str):
        out.append("S " + node.encode("utf-8", "surrogatepass").hex())
    elif isinstance(node, bytes):
        out.append("Y " + node.hex())
    elif node is Ellipsis:
        out.append("E")
    else:
        raise TypeError(type(node))


def symtable_dump(t, out, ind=0):
    p = "  " * ind
    out.append(f"{p}{t.get_type().name} {t.get_name()} {t.get_lineno()}")
    for s in sorted(t.get_symbols(), key=lambda s: s.get_name()):
        out.append(f"{p}  {s.get_name()} {s._Symbol__flags:#x}")
    for c in t.get_children():
        symtable_dump(c, out, ind + 1)


def main(directory, use_compile=False):
    for src in sorted(pathlib.Path(directory).glob("*.py")):
        text = src.read_text()
        tokens = []
        ast_tokens(ast.parse(text), tokens)
        src.with_suffix(".ast").write_text("\n".join(tokens) + "\n")
        try:
            if use_compile:
                compile(text, src.name, "exec")
                src.with_suffix(".err").write_text("no error\n")
                continue
            table = symtable.symtable(text, src.name, "exec")
        except SyntaxError as e:
            src.with_suffix(".err").write_text(
                f"{e.msg}\n{e.lineno} {e.offset} {e.end_lineno} {e.end_offset}\n")
            src.with_suffix(".symtable").unlink(missing_ok=True)
            continue
        out = []
        symtable_dump(table, out)
        src.with_suffix(".symtable").write_text("\n".join(out) + "\n")
        src.with_suffix(".err").unlink(missing_ok=True)


if __name__ == "__main__":
    main(sys.argv[1], "--compile" in sys.argv)
