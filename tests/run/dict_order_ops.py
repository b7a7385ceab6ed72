# Insertion order survives deletion and reinsertion; equality ignores order.
d = {}
for i in range(10):
    d[i] = i * i
for i in range(0, 10, 2):
    del d[i]
d[0] = "back"
print(d, list(d.items())[:2])
big = {i: str(i) for i in range(1000)}
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:], sum(big))
o = {"z": 1, "y": 2}
o["z"] = 5
print(list(o))
print({1: 1, 2: 2} == {2: 2, 1: 1}, list({2: 0, 1: 0}) == list({1: 0, 2: 0}))
x = dict.fromkeys("mississippi")
print("".join(x))
e = {}
e.update(zip(range(5), "abcde"))
print(e.popitem(), e.popitem(), e)
print(dict(sorted({"b": 1, "a": 2}.items())), dict(reversed(list({"a": 1, "b": 2}.items()))))
