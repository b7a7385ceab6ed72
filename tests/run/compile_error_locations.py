# SyntaxError locations of compile() of strings: exec mode adds a final newline to the text,
# errors at the end of input point past the last line, 'single' mode's multiple statements.
cases = [
    ("try:\n    pass\n", "exec"), ("try:\n    pass", "exec"), ("try:\n    pass\n\n", "exec"),
    ("try:\n    pass\nx = 1\n", "exec"), ("if x:\n    pass\nelse:\n", "exec"), ("x = (1,\n", "exec"),
    ("1 +* 2", "eval"), ("(1,", "eval"), ("x = (", "single"), ("x = (", "exec"), ("1 +* 2", "exec"),
    ("if x:", "single"), ("if x:", "exec"), ("x = 1 +* 2", "single"),
    ("a = 1\nb = 2\n", "single"), ("if x:\n    pass\ny = 3", "single"), ("x = 1  # c\ny = 2\n", "single"),
]
for src, mode in cases:
    try:
        compile(src, "f", mode)
    except SyntaxError as e:
        print(repr(src), mode, type(e).__name__, e.args)
    else:
        print(repr(src), mode, "compiled")
