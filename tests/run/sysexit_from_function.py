# exit() builtin (site) is not used; raise SystemExit from deep inside a call stack.
def a():
    b()
def b():
    raise SystemExit(7)
try:
    a()
finally:
    print("cleanup before exit")
