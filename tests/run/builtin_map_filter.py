# map and filter are lazy iterators.
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, [])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
calls = []
def f(x):
    calls.append(x)
    return x * 10
m = map(f, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
print(type(m).__name__, type(filter(None, [])).__name__, iter(m) is m)
print(list(map(pow, [2, 3], [3, 2], [5, 5])), list(map(len, ["a", "bb"], strict=True)) if False else "ok")
try:
    map()
except TypeError as e:
    print(e)
try:
    list(map(len, [1]))
except TypeError as e:
    print(e)
try:
    filter(None)
except TypeError as e:
    print(e)
try:
    list(map(lambda x, y: 0, [1], [2, 3], strict=True))
except ValueError as e:
    print(e)
print(list(filter(str.isdigit, "a1b2c3")), sum(map(int, "12345")))
