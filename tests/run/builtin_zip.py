# zip including strict=True errors.
print(list(zip("abc", [1, 2, 3])), list(zip("ab", range(10))), list(zip()), list(zip("a")), list(zip([], "x")))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", "xy")))
z = zip([1, 2], [3, 4])
print(next(z), list(z), iter(z) is z, type(z).__name__)
print(list(zip("ab", "cd", strict=True)))
for args in (("abc", "ab"), ("ab", "abc"), ("a", "a", "ab"), ("ab", "a", "ab")):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(args, e)
try:
    zip(1)
except TypeError as e:
    print(e)
def gen():
    yield 1
    yield 2
    print("gen exhausted")
print(list(zip(gen(), "xyz")))
print(list(zip("xyz", gen())))
