# ExceptionGroup / BaseExceptionGroup construction and methods.
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(type(eg).__name__, eg.message, eg.exceptions, str(eg), repr(eg))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [KeyError("b"), ValueError("c")])])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
for args in (("m", []), ("m", [1]), (1, [ValueError()]), ("m", ValueError())):
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(), KeyError()])
print(repr(mg.split(ValueError)[0]), mg.split(ValueError)[0].message)
print(eg.derive([KeyError()]).message, ExceptionGroup("a", (ValueError(),)).exceptions)
