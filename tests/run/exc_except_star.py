# except* handling of exception groups.
def run(exc):
    try:
        raise exc
    except* ValueError as g:
        print("ValueError handler:", repr(g))
    except* (TypeError, KeyError) as g:
        print("Type/Key handler:", repr(g))
run(ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)]))
run(ValueError("naked"))
try:
    run(ExceptionGroup("eg", [ValueError(1), OSError("left over")]))
except ExceptionGroup as e:
    print("unhandled rest:", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        raise KeyError("raised in handler")
except Exception as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), ValueError("b")])
    except* ValueError as g:
        print("handler once with", len(g.exceptions))
        raise
except ExceptionGroup as e:
    print("reraised", repr(e))
try:
    raise ExceptionGroup("g", [ExceptionGroup("n", [ValueError(1)]), TypeError()])
except* ValueError as g:
    print(repr(g))
except* TypeError as g:
    print(repr(g))
try:
    try:
        raise TypeError("plain")
    except* TypeError as g:
        print(type(g).__name__, g.exceptions)
except Exception as e:
    print("no", e)
