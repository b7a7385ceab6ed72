# bytes % formatting (PEP 461).
print(b"%s|%5s|%-5s|" % (b"ab", b"cd", b"ef"))
print(b"%d %i %x %X %o %e %f %g" % (42, -3, 255, 255, 8, 1.5, 2.25, 0.0001))
print(b"%c%c" % (72, b"i"), b"%%", b"%r" % b"raw", b"%a" % "é", b"%(k)s" % {b"k": b"v"})
print(b"%s" % bytearray(b"ba"), b"%s" % memoryview(b"mv"), b"%5.2f|" % 3.14159, b"%+d" % 5)
for fmt, arg in ((b"%s", "str"), (b"%s", 5), (b"%c", 256), (b"%c", b"ab"), (b"%d", b"1")):
    try:
        print(fmt % arg)
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class B:
    def __bytes__(self): return b"custom"
print(b"%s" % B())
