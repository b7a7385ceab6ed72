# PEP 695 type parameters on functions and classes; type aliases.
def first[T](items: list[T]) -> T:
    return items[0]
print(first([3, 4]), first.__type_params__, type(first.__type_params__[0]).__name__)
class Box[T, *Ts, **P]:
    def __init__(self, v: T):
        self.v = v
print(Box.__type_params__, Box(5).v)
type Pair[K] = tuple[K, K]
print(Pair, type(Pair).__name__, Pair.__name__, Pair.__type_params__, Pair.__value__)
type Recursive = list[Recursive] | int
print(Recursive.__value__)
def bounded[N: (int, float), S: str](a: N, b: S): pass
n, s = bounded.__type_params__
print(n.__constraints__, s.__bound__, n.__name__)
class Old[T]:
    pass
print(Old.__mro__[-2].__name__, Old.__parameters__)
type Lazy = UndefinedYet
try:
    Lazy.__value__
except NameError as e:
    print(e)
class UndefinedYet: pass
