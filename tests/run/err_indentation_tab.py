# IndentationError and TabError raised by compile().
cases = ["if True:\npass", "def f():\n    x = 1\n      y = 2", "x = 1\n    y = 2", "if True:\n        a = 1\n    b = 2",
         "if True:\n\tx = 1\n        y = 2", "class C:\n", "for i in x:\n# only a comment\n"]
for src in cases:
    try:
        compile(src, "<indent>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, repr(e.text))
    else:
        print("compiled", repr(src))
print(issubclass(TabError, IndentationError), issubclass(IndentationError, SyntaxError))
