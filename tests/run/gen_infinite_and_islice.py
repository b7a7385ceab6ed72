# Infinite generators consumed partially; generator objects hold their state between uses.
import itertools
def naturals():
    n = 0
    while True:
        yield n
        n += 1
nat = naturals()
print([next(nat) for _ in range(5)], next(nat))
print(list(itertools.islice(nat, 3)), next(nat))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))
evens = (x for x in naturals() if x % 2 == 0)
print([next(evens) for _ in range(5)])
squares = map(lambda x: x * x, naturals())
print(list(itertools.takewhile(lambda v: v < 50, squares)))
