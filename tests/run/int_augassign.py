# Augmented assignment with ints on names, attributes, items.
x = 10
x += 5; print(x)
x -= 20; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= 5; print(x)
x **= 10; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x |= 0x100; print(x)
x &= 0x1F0; print(x)
x ^= 0xFFF; print(x)
class C:
    v = 1
c = C()
c.v += 1
print(c.v, C.v)
d = {"k": 1}
d["k"] *= 9
print(d)
lst = [1, 2, 3]
lst[1] **= 5
lst[-1] -= 10
print(lst)
i = 0
for _ in range(100):
    i += 3
    i %= 17
print(i)
