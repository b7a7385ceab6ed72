# operator through the native _operator: every function, the getters'
# calls and reprs, and CPython's messages.
import operator as op, _operator

print(op.add is _operator.add, type(op.itemgetter(1)), type(op.attrgetter("a")), type(op.methodcaller("m")))
print(op.add(1, 2), op.sub(5, 3), op.mul("a", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 8), op.matmul.__name__)
print(op.neg(5), op.pos(-5), op.abs(-5), op.invert(5), op.inv(5), op.not_(0), op.truth([]), op.index(7))
print(op.is_(None, None), op.is_not(1, None), op.is_none(None), op.is_not_none(0))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2), op.lt([1], [2]))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(16, 2), op.concat([1], [2]), op.concat("a", "b"))
print(op.contains("abc", "b"), op.contains([1], 2), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
lst = [1, 2, 3, 4]
op.setitem(lst, 0, 9); op.delitem(lst, 1); op.setitem(lst, slice(0, 1), [7, 7])
print(lst, op.getitem(lst, slice(1, None)), op.getitem({"k": 1}, "k"))
x = [1]; y = op.iadd(x, [2]); print(x, y is x, op.iconcat(x, [3]), op.imul("ab", 2), op.isub(5, 1), op.ipow(2, 3))
print(op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.ilshift(1, 2), op.irshift(8, 1), op.itruediv(1, 4), op.ifloordiv(7, 2), op.imod(7, 4))
class Hint:
    def __length_hint__(self):
        return 5
print(op.length_hint([1, 2]), op.length_hint(Hint()), op.length_hint(object(), 3))
print(op.call(len, "xyz"), op.call(dict, a=1), _operator._compare_digest("abc", "abc"), _operator._compare_digest(b"ab", b"ac"), _operator._compare_digest(b"a", bytearray(b"a")))

g = op.itemgetter(0, 2); print(g("abc"), op.itemgetter(1)([5, 6]), op.itemgetter("k")({"k": 3}), repr(g), repr(op.itemgetter(slice(1))))
class P:
    def __init__(self):
        self.a = self
        self.name = "p"
print(op.attrgetter("name")(P()), op.attrgetter("a.a.name", "name")(P()), repr(op.attrgetter("a.b", "c")))
print(op.attrgetter("real", "imag")(3 + 4j), op.methodcaller("split", ",")("a,b"), op.methodcaller("split", sep="-", maxsplit=1)("a-b-c"))
print(repr(op.methodcaller("f", 1, k=2)), repr(op.methodcaller("g")))
print(sorted([("b", 2), ("a", 1)], key=op.itemgetter(1)), sorted(["bb", "a"], key=op.methodcaller("__len__")))

def err(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)

err(lambda: op.index(1.5))
err(lambda: op.add(1))
err(lambda: op.neg())
err(lambda: op.add(1, "a"))
err(lambda: op.concat(1, 2))
err(lambda: op.iconcat(1, [2]))
err(lambda: op.indexOf([1], 2))
err(lambda: op.countOf([1], 1, 2))
err(lambda: op.length_hint(1, "a"))
err(lambda: _operator._compare_digest("é", "a"))
err(lambda: _operator._compare_digest(b"a", "a"))
err(lambda: op.attrgetter(1))
err(lambda: op.attrgetter())
err(lambda: op.itemgetter())
err(lambda: op.methodcaller())
err(lambda: op.methodcaller(1))
err(lambda: op.attrgetter("a.b")(1))
err(lambda: op.itemgetter(5)([1]))
err(lambda: op.itemgetter(1)(1, 2))
err(lambda: op.itemgetter(1)(x=1))
err(lambda: op.methodcaller("nope")(1))
err(lambda: op.add(a=1, b=2))
