# Merging dicts with update, |, |=, unpacking, and precedence of later keys.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print({**a, **b}, {**b, **a}, a | b, b | a)
c = dict(a)
c.update(b, w=0)
print(c)
c |= [("q", 9)]
print(c)
try:
    a | [("k", 1)]
except TypeError as e:
    print(e)
print(dict(a, **b), dict(b, y="kw wins"))
try:
    dict(a, **{1: 2})
except TypeError as e:
    print(e)
