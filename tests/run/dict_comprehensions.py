# Dict comprehensions, duplicate keys, and key order.
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({x % 3: x for x in range(10)})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({(i, j): i * j for i in range(2) for j in range(2)})
words = ["apple", "bob", "cat", "anna"]
print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
print({**{i: i for i in range(2)}, **{i: -i for i in range(1, 3)}})
print(dict((k, len(k)) for k in ["x", "yy"]))
