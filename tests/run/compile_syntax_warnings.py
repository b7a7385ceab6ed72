# SyntaxWarnings of compile()/eval() of strings (no warnings module imported):
# invalid escapes (octal ones above 0o377 too) and the compiler's own warnings,
# printed once per call as the default filter does.
for s in ['b"\\777"', '"\\777\\d"', '"\\d\\777"', '"\\400"', '"\\377"', 'b"\\400\\d"', '"\\1234"']:
    print(s, repr(eval(s)))
code = compile("x = 1\ns = '\\q'\ny = x is 1\n", "<multi>", "exec")
ns = {}
exec(code, ns)
print(ns["s"], ns["y"])
for i in range(2):
    compile("'\\e'", "<again>", "eval")
