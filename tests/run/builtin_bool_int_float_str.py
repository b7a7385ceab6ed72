# Constructors of the basic types called with zero and one argument.
print(bool(), int(), float(), str(), complex(), bytes(), bytearray(), list(), tuple(), dict(), set(), frozenset())
print(bool(5), int("5"), float("5"), str(5), complex("5"), bytes(2), tuple([5]), list((5,)), set([5]), frozenset([5]))
print(int(x="5") if False else int("5", base=10), str(object=5), float(x="1.5") if False else float("1.5"))
for f, arg in ((int, "1.0"), (float, "1,0"), (complex, "1+2i"), (bool, None)):
    try:
        print(f(arg))
    except ValueError as e:
        print(f.__name__, "ValueError:", e)
try:
    int(x="5")
except TypeError as e:
    print(e)
try:
    float(x=1.5)
except TypeError as e:
    print(e)
