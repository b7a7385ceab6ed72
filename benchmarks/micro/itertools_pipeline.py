# itertools building blocks chained the way real code uses them: counting
# and slicing, products, combinations, groups, tees and padding zips.
from itertools import (accumulate, chain, combinations, count, groupby, islice,
                       permutations, product, repeat, tee, zip_longest)

def run():
    total = sum(islice(count(), 1_000_000))
    total += sum(len(list(product(range(30), repeat=3))) for _ in range(10))
    total += len(list(permutations(range(8))))
    total += sum(len(list(combinations(range(25), 4))) for _ in range(10))
    total += sum(chain.from_iterable([[1, 2]] * 500_000))
    total += sum(accumulate(range(500_000)))
    total += sum(len(list(g)) for _, g in groupby(range(500_000), lambda x: x // 1000))
    a, b = tee(range(500_000))
    total += sum(a) + sum(b)
    total += len(list(repeat(None, 1_000_000)))
    total += len(list(zip_longest(range(500_000), range(250_000))))
    return total

print(run())
