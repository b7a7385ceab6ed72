# Integer algorithms: gcd, modular inverse, primes, fast power, digit sums.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), gcd(0, 5), gcd(2 ** 100, 6 ** 50))
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
print(egcd(240, 46), pow(17, -1, 3120), 17 * pow(17, -1, 3120) % 3120)
sieve = [True] * 100
sieve[0] = sieve[1] = False
for i in range(2, 10):
    if sieve[i]:
        for j in range(i * i, 100, i):
            sieve[j] = False
print([i for i, p in enumerate(sieve) if p])
def fast_pow(b, e, m):
    r = 1
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
print(fast_pow(3, 10 ** 18, 10 ** 9 + 7) == pow(3, 10 ** 18, 10 ** 9 + 7))
print(sum(int(d) for d in str(2 ** 1000)), len(str(3 ** 1000)))
