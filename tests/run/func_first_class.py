# Functions as values: stored in containers, passed, returned, compared.
def square(x): return x * x
def cube(x): return x ** 3
ops = {"sq": square, "cu": cube, "neg": lambda x: -x, "abs": abs}
print({k: f(3) for k, f in ops.items()})
def apply_all(fs, v):
    return [f(v) for f in fs]
print(apply_all([square, cube, str, float], 2))
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
print(compose(str, square, abs)(-4))
print(square == square, square is square, square != cube, sorted([cube, square], key=lambda f: f.__name__)[0].__name__)
funcs = []
for name in ("a", "b"):
    def f(name=name):
        return name * 2
    funcs.append(f)
print([f() for f in funcs])
print(list(map(square, range(5))), max(range(-5, 3), key=square))
