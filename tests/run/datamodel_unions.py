# X | Y on classes: typing.Union objects, their repr, equality, hashing and isinstance/issubclass.
u = int | str
print(u, type(u).__name__, type(u).__module__, u.__args__, int | None, None | int, int | int, (int | str) | float, u == (str | int), isinstance(1, u), issubclass(bool, u), list[int] | None)
try:
    int | 1
except TypeError as e:
    print(e)
print(hash(int | str) == hash(str | int))
