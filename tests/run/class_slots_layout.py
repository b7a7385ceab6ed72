# Multiple inheritance with __slots__: bases whose slots extend one
# another's (pathlib's PosixPath(Path, PurePosixPath)) are compatible;
# slots added on two branches, or over different built-in layouts, conflict.
def mk(name, bases, slots):
    try:
        c = type(name, bases, {} if slots is None else {"__slots__": slots})
        print(name, [k.__name__ for k in c.__mro__])
        return c
    except TypeError as e:
        print(name, e)
A = mk("A", (), ("a", "b"))
B = mk("B", (A,), ("c",))
C = mk("C", (A,), ())
D = mk("D", (B, C), ())
D2 = mk("D2", (C, B), ())
E = mk("E", (A,), ("e",))
mk("F", (B, E), ())
mk("G", (A,), None)
G = mk("G", (A,), None)
mk("H", (G, B), ())
mk("I", (B, G), None)
X = mk("X", (), ("x",))
mk("J", (X, A), ())
mk("K", (X, object), ())
mk("L", (C, object), ())
mk("M", (list, A), ())
mk("N", (int, ), ())
mk("P", (A, list), ())
class Q(list): __slots__=("q",)
mk("R", (Q, list), ())
mk("S", (list, Q), ())
mk("T", (Exception, A), ())
mk("U", (A, Exception), ())
