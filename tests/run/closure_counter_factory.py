# Closure factories sharing and isolating state.
def make_accumulator(start=0):
    total = start
    def add(x):
        nonlocal total
        total += x
        return total
    def reset():
        nonlocal total
        total = start
    return add, reset
add, reset = make_accumulator(10)
print(add(1), add(2), add(3))
reset()
print(add(100))
add2, _ = make_accumulator()
print(add2(5), add(0))
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def make_bad_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in make_bad_multipliers()])
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), sorted(slow_square.cache))
