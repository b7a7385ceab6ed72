# Huge integers: multiplication, division, powers and bit operations on 100k-bit values.
a = 3 ** 50000
b = 7 ** 30000
print(a.bit_length(), b.bit_length(), (a * b).bit_length(), (a // b).bit_length(), (a % b).bit_length())
print(a % 1000000007, b % 998244353, (a * b) % (2 ** 61 - 1), pow(a, 3, 10 ** 9 + 9))
q, r = divmod(a, b)
print(q * b + r == a, 0 <= r < b, (-a) // b == -q - 1)
print((a ^ b).bit_count(), (a & b).bit_count(), (a | b).bit_count(), (a >> 70000).bit_length(), (b << 1000).bit_length())
print(len(hex(a)), hex(a)[:12], hex(a)[-8:], int(hex(a), 16) == a)
f = 1
for i in range(2, 3001):
    f *= i
print(f.bit_length(), f % (10 ** 12), (f // (10 ** 100)).bit_length())
print(sum(int(d) for d in bin(f)[2:]) == f.bit_count(), (a - a) == 0, -a < 0 < a)
