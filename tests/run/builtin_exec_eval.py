# exec and eval with globals/locals dicts, expressions vs statements, return values.
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("a + b", {"a": 1}, {"b": 2}), eval("  7  "))
ns = {}
print(exec("y = 10\ndef f(): return y * 2", ns), ns["y"], ns["f"](), "__builtins__" in ns)
loc = {}
exec("z = 5", {}, loc)
print(loc)
print(eval("len('abc')"), eval("__name__"), eval("[i for i in range(3)]"))
restricted = {"__builtins__": {}}
try:
    eval("len([])", restricted)
except NameError as e:
    print(e)
print(eval("max(3, 9)", {"__builtins__": {"max": max}}))
for src in ("x = 1", "1 +", "import"):
    try:
        eval(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print(e)
code = compile("a * a", "<expr>", "eval")
print(eval(code, {"a": 7}), type(code).__name__, code.co_filename)
exec(compile("print('compiled exec')", "<s>", "exec"))
s = compile("40 + 2", "<single>", "single")
exec(s)
print(eval(b"1 + 1"), eval("1\n"), exec("pass"))
try:
    eval(5)
except TypeError as e:
    print(e)
try:
    exec("x = 1", [])
except TypeError as e:
    print(e)
def f():
    exec("local_var = 3")
    return "local_var" in locals()
print(f())
