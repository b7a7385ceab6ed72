# str(SyntaxError) formats with filename and line.
try:
    compile("a = (1,\n2,\n", "file_name.py", "exec")
except SyntaxError as e:
    print(str(e))
    print(e.args[0], e.args[1][:3])
e = SyntaxError("custom message", ("f.py", 3, 5, "bad line\n", 3, 8))
print(str(e), e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
print(str(SyntaxError("only msg")), SyntaxError().msg)
try:
    eval("1 +* 2")
except SyntaxError as e:
    print(e)
