# list methods and their errors.
a = [3, 1, 2]
a.append(4); print(a)
a.extend([5, 6]); a.extend(range(2)); a.extend("xy"); print(a)
a.insert(0, "first"); a.insert(-1, "pen"); a.insert(100, "last"); a.insert(-100, "front"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("x"); print(a, a.index(2), a.count(1), a.index(1, 3))
b = a.copy(); b.clear(); print(a, b)
c = [5, 2, 9, 1]; c.reverse(); print(c)
for op in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
           lambda: [1, 2].index(1, 1), lambda: [].insert("a", 1), lambda: [1].count(),
           lambda: [].append(1, 2), lambda: [1].extend(5)):
    try:
        op()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
d = [1, 2, 3, 2]
print(d.index(2), d.index(2, 2), d.index(2, -1), d.count(2), d.__len__(), d.__contains__(3))
print(list(), list("ab"), list((1, 2)), list(range(3)), list({"k": 1}), list(x * 2 for x in range(3)))
