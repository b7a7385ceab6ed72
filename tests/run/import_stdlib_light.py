# Importing small standard modules and using them.
import math, operator, functools, itertools, collections
print(math.pi, math.e, math.sqrt(16), math.factorial(20), math.gcd(12, 18), math.lcm(4, 6), math.isqrt(99))
print(math.floor(-1.5), math.ceil(1.2), math.trunc(-1.7), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.log(math.e), math.log2(1024), math.log10(1000), math.exp(0), math.hypot(3, 4), math.fsum([0.1] * 10))
print(math.inf, -math.inf, math.isnan(math.nan), math.copysign(2, -0.0), math.fmod(-7, 3), math.remainder(7, 4), math.dist((0, 0), (3, 4)))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)
print(operator.add(1, 2), operator.itemgetter(1)("abc"), operator.attrgetter("real")(5), operator.methodcaller("upper")("x"))
print(functools.reduce(operator.mul, range(1, 6)), functools.partial(pow, 2)(10), list(itertools.accumulate([1, 2, 3])))
print(collections.Counter("abracadabra").most_common(3), collections.deque([1, 2, 3], maxlen=2))
P = collections.namedtuple("P", "x y")
print(P(1, 2), P(1, 2).x, P._fields, P(1, 2)._replace(x=5), P._make([3, 4]), P(1, 2)._asdict())
print(collections.OrderedDict(a=1), collections.defaultdict(list)["k"], collections.ChainMap({"a": 1}, {"a": 2, "b": 3})["b"])
