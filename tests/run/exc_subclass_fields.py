# Heap subclasses of OSError/ImportError/SyntaxError keep their fields; ImportError pickles its fields.
class MyOSError(OSError): pass
e = MyOSError(2, "No such file", "f.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e), e.args)
class MyImp(ImportError):
    def __init__(self, msg, **kw):
        super().__init__(msg, **kw)
m = MyImp("m", name="x")
print(m.name, m.msg, m.path, str(m))
class MySyn(SyntaxError): pass
print(str(MySyn("m", ("a/b.py", 3, 1, "t"))))
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")
e.reason = "worse"; print(str(e))
print(repr(ImportError("a", name="b")), ImportError("a", name="b").__reduce__())
print(KeyError("k").__reduce__(), SystemExit(3).code)
s = StopIteration(5); print(s.value)
class E(Exception):
    def __init__(self, a, b=1):
        super().__init__(a)
        self.b = b
print(E(1, b=2).args, E(1, b=2).b)
try:
    raise E(1, 2) from ValueError("v")
except E as x:
    print(type(x.__cause__).__name__, x.__suppress_context__)
