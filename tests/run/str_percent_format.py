# printf-style % formatting of str.
print("%s %r %a" % ("é", "é", "é"))
print("%d %i %u %5d %-5d| %05d %+d % d" % (42, 42, 42, 42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o %08.3f %e %E %g %G" % (255, 255, 255, 255, 8, 8, 3.14159, 12345.678, 0.00012, 1e-5, 1e20))
print("%c%c %c" % (72, "i", 0x263A), "%%", "%.2s" % "abcdef", "%5.1s|" % "xyz", "%*d" % (6, 7), "%-*.*f|" % (8, 2, 1.5))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 7}, "%(x)r" % {"x": [1]})
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", "b"), "%d" % 3.99, "%.0f %.1f" % (0.5, 0.25))
print("%d" % True, "%s" % None, "%r" % b"x", "%x" % -255, "%o" % -8, "%i" % -0)
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(a)s", 1),
                  ("%c", "ab"), ("%c", 0x110000), ("%x", 1.5), ("%", ()), ("%(a", {"a": 1}), ("%*d", ("x", 1))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
print("%s" % {"k": "v"}, "%(k)s" % {"k": "v"}, "no args" % (), "%s%%" % 5)
class Ix:
    def __index__(self):
        return 10
print("%x %d" % (Ix(), 3), "%.3s" % Ix() if False else "%5.2f%%" % 99.5)
