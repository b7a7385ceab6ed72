# Basic integer arithmetic on small and large values.
a, b = 17, 5
print(a + b, a - b, a * b, a / b)
print(-a + b, -a - b, -a * b, -a / b)
print(a // b, a % b, -a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(0 * 5, 0 - 0, -0, +7, -(-7))
big = 2 ** 100
print(big, big + 1, big - 1, big * big)
print(big // 3, big % 3, -big // 7, -big % 7)
print(big / 2, (big + 1) / 2)
print(10 ** 30 + 10 ** 29, 10 ** 30 - 10 ** 31)
x = 1
for i in range(1, 30):
    x *= i
print("29! =", x)
print(x // (x // 1000), x % 1000003)
print(type(a + b).__name__, type(a / b).__name__, type(big * 0).__name__)
print(7 + True, True + True, False * 10, True / 2)
n = 0
for i in range(1000):
    n += i * i - i
print(n)
print(abs(-5), abs(5), abs(-big) == big, -big < 0)
print(1 - 2 ** 64, (1 << 64) - 1, -(1 << 63))
