# SyntaxError attributes for sources rejected by compile().
sources = ["x = = 1", "def f(:", "1 +", "if x\n    pass", "print 'x'", "return 5", "yield = 3",
           "f(**k, *a)", "a + 1 = 2", "del f()", "x := 1", "lambda: (yield)", "class C(x for x in y): pass",
           "break", "continue", "nonlocal x", "def f():\n    nonlocal q", "f(a=1, a=2)", "def f(a, a): pass",
           "(1, 2) = x", "None = 1", "__debug__ = 1", "for 1 in x: pass", "import a.b as", "from x import (a, b",
           "'unterminated", '"""never closed', "0b102", "1_", "09", "a b c", "[x for x in]", "{**}",
           "f(x for x in y, 1)", "try:\n    pass\n", "except: pass", "@\ndef f(): pass", "async = 1", "match x:\n    case 1 2: pass"]
for src in sources:
    try:
        compile(src, "<test>", "exec")
    except SyntaxError as e:
        print(f"{src!r:40} {type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset})")
    else:
        print(f"{src!r:40} compiled")
