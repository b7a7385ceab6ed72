# Iterators are exhausted once; length hints; iterating mutating lists.
it = iter(range(3))
print(list(it), list(it))
g = (x for x in "ab")
print(list(g), list(g))
lst = [1, 2, 3]
i = iter(lst)
next(i)
lst.append(4)
print(list(i))
lst2 = [1, 2, 3, 4]
for x in lst2:
    if x == 2:
        lst2.remove(x)
print(lst2)
li = iter([1, 2, 3])
print(li.__length_hint__(), next(li), li.__length_hint__())
import operator
print(operator.length_hint(iter(range(10))), operator.length_hint([1, 2]), operator.length_hint(x for x in []), operator.length_hint(object(), 7))
r = iter(range(5))
print(next(r), list(zip(r, r)))
print(list(map(next, [iter("ab"), iter("cd")])))
