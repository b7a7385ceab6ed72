# Attributes of specific built-in exceptions.
try:
    {}["k"]
except KeyError as e:
    print(e.args, str(e))
try:
    [].nope
except AttributeError as e:
    print(e.name, type(e.obj).__name__, e)
try:
    undefined_thing
except NameError as e:
    print(e.name, e)
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e.name, e.path, e)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e.name, e)
e = OSError(2, "No such file or directory", "f.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, str(e))
e2 = OSError(1, "Op", "a", None, "b")
print(e2.filename, e2.filename2, str(e2))
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__, type(OSError(99999, "x")).__name__)
s = StopIteration(1, 2)
print(s.value, s.args, StopIteration().value)
x = SystemExit(3)
print(x.code, SystemExit().code, SystemExit(1, 2).code)
try:
    compile("x = (", "<str>", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
u = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
ee = Exception("m")
print(ee.__traceback__, ee.__cause__, ee.__context__, ee.__suppress_context__, hasattr(ee, "__notes__"))
print(BlockingIOError(11, "w", 5).characters_written)
