# ExceptionGroup split/subgroup with predicates and tuples, derive
# overrides, metadata copied to the parts, except* with raises inside.
eg = ExceptionGroup("all", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), OSError(4)])])
eg.__cause__ = KeyError("cause")
eg.add_note("note")
m, r = eg.split((ValueError, OSError))
print(repr(m), repr(r))
print(repr(m.__cause__), m.__notes__, m.__notes__ is eg.__notes__)
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup))))
print(repr(eg.subgroup(lambda e: getattr(e, "args", (0,))[0] == 3)))
for bad in (1, "x", (ValueError, 1)):
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)
class Tagged(ExceptionGroup):
    def derive(self, excs):
        t = Tagged(self.message, excs)
        t.tag = getattr(self, "tag", None)
        return t
t = Tagged("t", [ValueError(), KeyError()])
t.tag = "T"
a, b = t.split(KeyError)
print(type(a).__name__, a.tag, type(b).__name__, b.tag)
class NoDerive(ExceptionGroup):
    pass
print(type(NoDerive("n", [ValueError(), KeyError()]).split(KeyError)[0]).__name__)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__, type(BaseExceptionGroup("b", [SystemExit()])).__name__)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    print(repr(e), [repr(x.__context__) for x in e.exceptions])
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        raise v
    except* TypeError:
        pass
except ExceptionGroup as e:
    print(repr(e))
def gen():
    try:
        yield
    except* ValueError as g:
        print("in generator", repr(g))
it = gen()
next(it)
try:
    it.throw(ValueError("x"))
except StopIteration:
    print("generator done")
print(str(ExceptionGroup("one", [ValueError()])))
