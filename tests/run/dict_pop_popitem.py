# pop and popitem ordering (LIFO for popitem).
d = dict.fromkeys("abcde", 0)
print(d.popitem(), d.popitem(), list(d))
print(d.pop("a"), d.pop("zz", None), list(d))
d["new"] = 1
print(d.popitem(), d)
while d:
    k, v = d.popitem()
    print("popped", k)
try:
    d.popitem()
except KeyError as e:
    print(e)
try:
    d.pop()
except TypeError as e:
    print(e)
