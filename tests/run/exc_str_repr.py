# str() and repr() of exceptions with zero, one and several arguments.
for exc in (ValueError(), ValueError("msg"), ValueError("a", 2), ValueError(None), ValueError(""), ValueError(("t",)),
            KeyError("k"), KeyError(), KeyError("a", "b"), KeyError(1), IndexError(5), Exception([1]),
            StopIteration(3), SystemExit(2), OSError(2, "No such file"), OSError("plain"), OSError(1, 2, 3),
            UnicodeError("u"), AttributeError("attr"), NameError("nm"), BaseException("base"),
            ZeroDivisionError("division by zero"), ArithmeticError(), RuntimeError("r", "s")):
    print(type(exc).__name__, repr(str(exc)), repr(exc), exc.args)
class Custom(Exception):
    def __str__(self): return "custom str"
print(str(Custom("x")), repr(Custom("x")))
class WithInit(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
w = WithInit(1, 2)
print(str(w), repr(w), w.args, w.b)
e = ValueError("x")
e.args = ("changed", 1)
print(str(e), repr(e))
print(repr(Exception("quote'd")), repr(Exception('dq"')), str(Exception(1.5)))
