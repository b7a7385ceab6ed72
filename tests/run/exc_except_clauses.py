# except clause matching: tuples, subclasses, bare except, ordering, name unbinding.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except LookupError:
        return "lookup"
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception:
        return "other"
for exc in (KeyError(), IndexError(), UnicodeError() if False else LookupError(), OverflowError(), ZeroDivisionError(), TypeError()):
    print(classify(exc))
try:
    raise ValueError("v")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("unbound:", e)
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not here")
except BaseException as b:
    print("BaseException caught", type(b).__name__)
try:
    raise ValueError
except:
    print("bare except")
try:
    try:
        raise ValueError("x")
    except 5:
        pass
except TypeError as e:
    print(e)
excs = (TypeError, ValueError)
try:
    int("x")
except excs as e:
    print("dynamic tuple", type(e).__name__)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(e)
class NotExc: pass
try:
    raise NotExc
except TypeError as e:
    print(e)
