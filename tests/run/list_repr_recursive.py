# repr of self-referential containers.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {"k": 1}
d["self"] = d
print(d)
b = [a, a]
print(b)
t = ([],)
t[0].append(t)
print(t)
x = []
y = [x]
x.append(y)
print(x, y)
s = {"key": [1]}
s["key"].append(s)
print(s)
print(a == a, len(a), a[2] is a)
