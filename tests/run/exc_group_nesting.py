# Exception group splitting preserves structure, notes and tracebacks; flattening helper.
def leaves(eg):
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from leaves(e)
        else:
            yield e
eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [TypeError(2), ExceptionGroup("low", [ValueError(3)])]), KeyError(4)])
print([repr(e) for e in leaves(eg)])
eg.add_note("top note")
vals, rest = eg.split(ValueError)
print(repr(vals), vals.__notes__)
print(repr(rest))
print(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "mid"))
print(eg.split(OSError))
print(repr(eg.subgroup(BaseException)) == repr(eg), eg.subgroup(BaseException) is eg)
