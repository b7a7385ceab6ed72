# Nested exception groups with notes and a cause.
inner = ExceptionGroup("inner", [KeyError("k"), ValueError("v")])
outer = ExceptionGroup("outer", [inner, RuntimeError("r")])
outer.add_note("note on the outer group")
try:
    raise OSError("root cause")
except OSError as e:
    raise outer from e
