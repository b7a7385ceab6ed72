# Arbitrary-precision arithmetic results.
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, b - a, a - b)
print(a * b)
print(b // a, b % a, divmod(-b, a))
print(a ** 3)
print((a * b) // b == a)
f = 1
for i in range(2, 101):
    f *= i
print(len(str(f)), str(f)[:20], f % (10 ** 9 + 7))
print(sum(range(10 ** 6)), sum(i ** 3 for i in range(1000)))
fib = [0, 1]
for _ in range(300):
    fib.append(fib[-1] + fib[-2])
print(fib[300])
print(2 ** 1000 % 997, pow(2, 1000, 997))
print((-a) // 7, (-a) % 7, a // -7, a % -7)
print(a.bit_length(), (a * b).bit_length(), hash(a) == hash(a))
x = 1 << 200
print(x >> 199, (x - 1).bit_count(), x.to_bytes(26, "big")[:2])
print(int(str(f)) == f, -f < f)
print(a / b, b / a, 10 ** 300 / 10 ** 290)
try:
    10 ** 400 / 3
except OverflowError as e:
    print(e)
print((10 ** 400) // (10 ** 399), 10 ** 400 / 10 ** 399)
