# Runtime errors raised inside f-strings.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: f"{undefined_name}")
show(lambda: f"{1/0}")
show(lambda: f"{'x':d}")
show(lambda: f"{3:s}")
show(lambda: f"{3.5:x}")
show(lambda: f"{[1][5]}")
show(lambda: f"{object():>10}")
show(lambda: f"{'a':{'bad spec'}}")
for src in ['f"{}"', 'f"{!r}"', 'f"{x!z}"', 'f"{"', 'f"}"', 'f"{a b}"', "f'{lambda x: 1}'"]:
    try:
        compile(src, "<fstr>", "eval")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
