# lambda expressions with all parameter kinds.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add.__name__, (lambda: None)())
print((lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2), (lambda a, /, b, *, c: (a, b, c))(1, 2, c=3))
print(list(map(lambda x: x ** 2, range(4))), sorted([3, -5, 1], key=lambda v: abs(v)))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-7), (lambda x: (lambda y: x + y))(1)(2))
print((lambda: (yield))().__class__.__name__ if False else "lambda")
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
print((lambda x=[]: x.append(1) or len(x))(), (lambda x=[]: x)() == [])
