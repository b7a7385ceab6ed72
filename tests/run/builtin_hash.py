# hash() on hashable and unhashable objects; str hashes only compared.
print(hash(0), hash(1), hash(-1), hash(10 ** 20), hash(1.5), hash((1, 2, 3)), hash(()), hash(None) == hash(None))
print(hash("abc") == hash("abc"), hash("abc") == hash("ab" + "c"), hash(b"x") == hash(b"x"), hash("") == 0, hash(b"") == 0)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash((1, "a")) == hash((1, "a")))
for obj in ([], {}, set(), bytearray(), [()]):
    try:
        hash(obj)
    except TypeError as e:
        print(e)
class H:
    def __hash__(self): return 12345
print(hash(H()))
class Big:
    def __hash__(self): return 2 ** 100
print(hash(Big()) == hash(2 ** 100))
class Bad:
    def __hash__(self): return "x"
try:
    hash(Bad())
except TypeError as e:
    print(e)
class Neg:
    def __hash__(self): return -1
print(hash(Neg()))
print(type(hash("s")).__name__, hash(True) == 1, hash(0.0) == hash(-0.0) == 0)
