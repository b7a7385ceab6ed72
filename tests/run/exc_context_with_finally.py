# __context__ chaining through finally blocks and context managers.
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        raise RuntimeError("from __exit__")
try:
    with CM():
        raise ValueError("from body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
def f():
    try:
        return 1 / 0
    finally:
        pass
try:
    f()
except ZeroDivisionError as e:
    print(repr(e), e.__context__)
try:
    try:
        raise KeyError("first")
    except KeyError as k:
        raise k from k
except KeyError as e:
    print(repr(e.__cause__), e.__cause__ is e)
