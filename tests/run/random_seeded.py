# random with fixed seeds gives CPython's exact sequences (Mersenne
# Twister seeding, random(), getrandbits and the methods built on them).
import random

random.seed(12345)
print(random.random(), random.random())
print([random.randint(1, 100) for _ in range(10)])
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(33), random.getrandbits(200))
print(random.randrange(0, 10**30, 7))
items = list(range(20))
random.shuffle(items)
print(items)
print(random.choice("abcdefg"), random.choices("abc", k=5), random.sample(range(100), 5))
print(random.uniform(1, 2), random.gauss(0, 1), random.expovariate(2.0))
print(random.choices(range(5), weights=[1, 2, 3, 4, 5], k=6))

# Int seeds use all the bits of the absolute value.
for seed in [0, 1, -1, 2**32 - 1, 2**32, 2**64 + 5, -(2**100) - 3, 10**40]:
    random.seed(seed)
    print(seed, random.random(), random.getrandbits(16))

# Other seeds: float (by hash), bool, None (entropy: only the type shows).
random.seed(3.5)
print(random.random())
random.seed(True)
print(random.random())
random.seed(None)
print(type(random.random()).__name__)

# Separate generators, state round trips, subclassing.
r1, r2 = random.Random(42), random.Random(42)
print(r1.random() == r2.random(), r1.getrandbits(64) == r2.getrandbits(64))
state = r1.getstate()
print(state[0], len(state[1]), state[1][-1], state[2])
a = [r1.random() for _ in range(3)]
r1.setstate(state)
print(a == [r1.random() for _ in range(3)])
import _random
g = _random.Random(7)
print(g.random(), len(g.getstate()), g.getstate()[-1])
g.seed(7)
print(g.random())


class Mine(random.Random):
    def __init__(self, x):
        super().__init__(x)
        self.extra = "kept"


m = Mine(99)
print(m.random(), m.extra, isinstance(m, _random.Random))


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


show(random.getrandbits, -1)
show(random.getrandbits, 0)
show(g.setstate, [0] * 625)
show(g.setstate, (0,) * 3)
show(g.setstate, (0,) * 624 + (625,))
show(random.seed, [1, 2])
show(random.choice, [])
show(_random.Random, 1, 2)


class Plain(_random.Random):
    pass


print(Plain(5).random() == _random.Random(5).random())
g.__init__(5)
print(g.random())
