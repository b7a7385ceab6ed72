# except* details: each clause runs at most once, with a group; no mixing with except.
def raise_group():
    raise ExceptionGroup("g", [ValueError("v1"), ValueError("v2"), TypeError("t")])
try:
    raise_group()
except* ValueError as g:
    print("values", [str(e) for e in g.exceptions], type(g).__name__)
except* TypeError as g:
    print("types", [str(e) for e in g.exceptions])
try:
    try:
        raise_group()
    except* ValueError:
        pass
except ExceptionGroup as rest:
    print("rest", repr(rest))
try:
    compile("try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("try:\n    pass\nexcept* ExceptionGroup:\n    pass\n", "<s>", "exec")
    print("compiles")
except SyntaxError as e:
    print(e.msg)
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
def in_func():
    for i in range(1):
        try:
            raise ExceptionGroup("x", [KeyError()])
        except* KeyError:
            print("handled in loop")
in_func()
