# Invalid escape sequences (warnings when compiling) and invalid \N names (errors).
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    code = compile(r"s = '\d\w'", "<esc>", "exec")
    ns = {}
    exec(code, ns)
print(ns["s"], len(ns["s"]))
print([type(w.message).__name__ for w in caught], [str(w.message) for w in caught])
for src in (r"'\N{NOT A REAL NAME}'", r"'\x4'", r"'\u12'", r"'\U1234567'", r"b'\u1234'", r"'\777'"):
    try:
        with warnings.catch_warnings(record=True) as w2:
            warnings.simplefilter("always")
            value = eval(src)
        print(repr(src), "->", repr(value), [str(w.message) for w in w2])
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
