# The operator module's function forms of operators.
import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul("a", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 8))
print(op.neg(5), op.pos(-5), op.abs(-5), op.invert(5), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(16, 2), op.concat([1], [2]), op.contains("abc", "b"))
print(op.getitem([1, 2, 3], 1), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"), op.index(5))
lst = [1, 2, 3]
op.setitem(lst, 0, 9); op.delitem(lst, 1)
print(lst, op.iadd([1], [2]), op.imul("ab", 2))
print(op.itemgetter(0, 2)("abc"), op.attrgetter("real", "imag")(3 + 4j), op.methodcaller("split", ",")("a,b"))
print(sorted([("b", 2), ("a", 1)], key=op.itemgetter(1)), op.call(len, "xyz"))
try:
    op.index(1.5)
except TypeError as e:
    print(e)
