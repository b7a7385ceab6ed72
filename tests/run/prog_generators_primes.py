# Infinite generator pipelines: primes, twin primes, and running statistics.
import itertools
def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(itertools.islice(primes(), 25)))
def twins():
    it = primes()
    prev = next(it)
    for p in it:
        if p - prev == 2:
            yield prev, p
        prev = p
print(list(itertools.islice(twins(), 8)))
def running_mean(values):
    total = 0
    for i, v in enumerate(values, 1):
        total += v
        yield total / i
print([round(m, 3) for m in running_mean([3, 1, 4, 1, 5, 9, 2, 6])])
print(sum(itertools.takewhile(lambda p: p < 1000, primes())))
