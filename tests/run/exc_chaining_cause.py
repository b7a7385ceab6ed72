# raise ... from ...: __cause__ and __suppress_context__.
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError("outer") from inner
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("hidden") from None
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    raise TypeError("t") from ValueError("v")
except TypeError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)
try:
    raise TypeError("cls") from KeyError
except TypeError as e:
    print(repr(e.__cause__))
try:
    raise TypeError("bad") from 5
except TypeError as e:
    print(e)
e = ValueError()
e.__cause__ = KeyError("manual")
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(err)
