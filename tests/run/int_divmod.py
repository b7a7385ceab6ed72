# divmod on ints, including big and negative operands.
for a in (17, -17, 0, 2 ** 70, -(2 ** 70)):
    for b in (5, -5, 3 ** 40, -(3 ** 40)):
        print(a, b, divmod(a, b))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("divmod(1, 0):", e)
try:
    divmod(1)
except TypeError as e:
    print(e)
try:
    divmod("a", 2)
except TypeError as e:
    print(e)
print(divmod(True, 2), divmod(7, True))
class D(int):
    pass
r = divmod(D(9), 4)
print(r, type(r[0]).__name__, type(r).__name__)
