# A SyntaxError raised by compile() at run time, uncaught.
source = "def f(:\n    pass\n"
print("compiling")
compile(source, "<generated>", "exec")
