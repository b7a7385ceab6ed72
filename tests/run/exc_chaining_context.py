# Implicit chaining via __context__; context on re-raise; cycles avoided.
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    try:
        raise KeyError("a")
    finally:
        raise ValueError("from finally")
except ValueError as e:
    print(repr(e.__context__))
def reraise():
    try:
        raise IndexError("orig")
    except IndexError as e:
        raise
try:
    reraise()
except IndexError as e:
    print(repr(e), e.__context__)
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        try:
            raise ValueError("v")
        except ValueError as v:
            raise k
except KeyError as final:
    print(repr(final), repr(final.__context__), repr(final.__context__.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    raise NameError("no context")
except NameError as e:
    print(e.__context__)
def handler():
    try:
        raise OSError("io")
    except OSError:
        return sys_exc()
import sys
def sys_exc():
    return repr(sys.exception())
print(handler(), sys.exception())
