# compile() modes, flags, and code object basics.
c1 = compile("x = 1\ny = x + 1", "file.py", "exec")
print(c1.co_filename, c1.co_name, type(c1).__name__, c1.co_firstlineno)
ns = {}
exec(c1, ns)
print(ns["y"])
c2 = compile("3 * 4", "<e>", "eval")
print(eval(c2), c2.co_name)
c3 = compile("if True:\n    'single'\n", "<i>", "single")
exec(c3)
for src, mode in (("x =", "exec"), ("1; 2", "eval"), ("a = 1\nb = 2", "single"), ("x", "badmode")):
    try:
        compile(src, "<bad>", mode)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, getattr(e, "msg", e))
try:
    compile("1 + 2", "<flags>", "eval", 0x7fffffff)
except ValueError as e:
    print(e)
try:
    compile("\x00", "<nul>", "exec")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
print(compile("pass", "<p>", "exec", dont_inherit=True).co_name)
try:
    compile("await x", "<a>", "exec")
except SyntaxError as e:
    print(e.msg)
print(eval(compile("await_value = 5", "<p>", "exec")) is None)
