"""Record CPython 3.14 code objects and their `dis` text as test data.

Run: python3.14 extract_code.py dis/NAME.py   (writes dis/NAME.code and
dis/NAME*.dis next to the source)

NAME.code lists every code object of the module (depth first, the order
`dis` prints them) in a line format the Rust tests parse; NAME.dis is
`dis.dis(module_code)`, NAME.caches.dis the same with show_caches=True,
NAME.offsets.dis with show_offsets=True and depth=1, NAME.positions.dis
with show_positions=True and show_caches=True, NAME.lasti.dis
`dis.disassemble(module_code, lasti=LASTI)`, NAME.info `dis.code_info` of
every code object (blank-line separated), and NAME.adaptive.dis
`dis.dis(f, adaptive=True, show_caches=True)` for each function named
in a `# adaptive: f args` comment, after running it enough to specialize (its adaptive code is recorded in NAME.code as `adaptive`).
Code-object addresses are replaced by 0xADDR.
"""
import dis
import io
import re
import struct
import sys

path = sys.argv[1]
source = open(path).read()
filename = path.rsplit("/", 1)[-1]
module = compile(source, filename, "exec")

codes = []


def collect(code):
    codes.append(code)
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            collect(c)


collect(module)


# The offset marked `-->` in NAME.lasti.dis (a cache unit of the module's
# first instructions in most samples: the marker covers caches too).
LASTI = 8


def enc(value):
    if value is None:
        return "N"
    if value is True:
        return "T"
    if value is False:
        return "F"
    if value is Ellipsis:
        return "E"
    if isinstance(value, int):
        return f"i:{value}"
    if isinstance(value, float):
        return "f:" + struct.pack(">d", value).hex()
    if isinstance(value, complex):
        return "c:" + struct.pack(">d", value.real).hex() + ":" + struct.pack(">d", value.imag).hex()
    if isinstance(value, str):
        return "s:" + value.encode("utf-8", "surrogatepass").hex()
    if isinstance(value, bytes):
        return "b:" + value.hex()
    if isinstance(value, tuple):
        return "(" + " ".join(enc(v) for v in value) + ")"
    if isinstance(value, frozenset):
        return "{" + " ".join(enc(v) for v in value) + "}"
    if isinstance(value, slice):
        return "[" + " ".join(enc(v) for v in (value.start, value.stop, value.step)) + "]"
    if hasattr(value, "co_code"):
        return f"C:{codes.index(value)}"
    raise TypeError(type(value))


def kinds(code):
    # co_varnames, then cells that are not parameters, then free variables;
    # the kind bits are CPython's CO_FAST_* (hidden locals cannot be seen
    # from Python and do not matter to dis).
    flags = code.co_flags
    nargs = code.co_argcount + code.co_kwonlyargcount
    varargs = nargs if flags & 4 else None
    if flags & 4:
        nargs += 1
    varkw = nargs if flags & 8 else None
    if flags & 8:
        nargs += 1
    out = []
    for i, name in enumerate(code.co_varnames):
        k = 0x20
        if i < code.co_posonlyargcount:
            k |= 0x02
        elif i < code.co_argcount:
            k |= 0x06
        elif i < code.co_argcount + code.co_kwonlyargcount:
            k |= 0x04
        elif i == varargs:
            k |= 0x0A
        elif i == varkw:
            k |= 0x0C
        if name in code.co_cellvars:
            k |= 0x40
        out.append((name, k))
    for name in code.co_cellvars:
        if name not in code.co_varnames:
            out.append((name, 0x40))
    for name in code.co_freevars:
        out.append((name, 0x80))
    return out


def opt(v):
    return "-" if v is None else str(v)


def write_code(out, code, adaptive=None):
    out.write(f"code {codes.index(code)}\n")
    out.write(f"name {code.co_name}\n")
    out.write(f"qualname {code.co_qualname}\n")
    out.write(f"filename {code.co_filename}\n")
    out.write(f"firstlineno {code.co_firstlineno}\n")
    out.write(f"args {code.co_argcount} {code.co_posonlyargcount} {code.co_kwonlyargcount}\n")
    out.write(f"flags {code.co_flags}\n")
    out.write(f"stacksize {code.co_stacksize}\n")
    out.write(f"co_code {code.co_code.hex()}\n")
    out.write(f"linetable {code.co_linetable.hex()}\n")
    out.write(f"exceptiontable {code.co_exceptiontable.hex()}\n")
    out.write("names " + " ".join(code.co_names) + "\n")
    out.write("localsplus " + " ".join(f"{n}:{k}" for n, k in kinds(code)) + "\n")
    for c in code.co_consts:
        out.write(f"const {enc(c)}\n")
    out.write("lines " + " ".join(f"{s},{e},{opt(l)}" for s, e, l in code.co_lines()) + "\n")
    out.write("positions " + " ".join(",".join(map(opt, p)) for p in code.co_positions()) + "\n")
    if adaptive is not None:
        out.write(f"adaptive {adaptive.hex()}\n")
    out.write("end\n")


def normalize(text):
    return re.sub(r" at 0x[0-9a-f]+", " at 0xADDR", text)


def dis_text(x, **kw):
    buf = io.StringIO()
    dis.dis(x, file=buf, **kw)
    return normalize(buf.getvalue())


stem = path[: -len(".py")]
adaptive = {}
namespace = {}
for line in source.splitlines():
    m = re.match(r"# adaptive: (\w+)(.*)", line)
    if m:
        if not namespace:
            exec(module, namespace)
        f = namespace[m.group(1)]
        args = eval(f"({m.group(2)},)")
        for _ in range(100):
            f(*args)
        adaptive[f.__code__.co_name] = f

with open(stem + ".code", "w") as out:
    for code in codes:
        f = adaptive.get(code.co_name)
        write_code(out, code, f.__code__._co_code_adaptive if f else None)
with open(stem + ".dis", "w") as out:
    out.write(dis_text(module))
with open(stem + ".caches.dis", "w") as out:
    out.write(dis_text(module, show_caches=True))
with open(stem + ".offsets.dis", "w") as out:
    out.write(dis_text(module, show_offsets=True, depth=1))
with open(stem + ".positions.dis", "w") as out:
    out.write(dis_text(module, show_positions=True, show_caches=True))
with open(stem + ".info", "w") as out:
    out.write(normalize("\n\n".join(dis.code_info(c) for c in codes)) + "\n")
with open(stem + ".lasti.dis", "w") as out:
    buf = io.StringIO()
    dis.disassemble(module, lasti=LASTI, file=buf)
    out.write(normalize(buf.getvalue()))
if adaptive:
    with open(stem + ".adaptive.dis", "w") as out:
        for f in adaptive.values():
            out.write(dis_text(f, adaptive=True, show_caches=True))
