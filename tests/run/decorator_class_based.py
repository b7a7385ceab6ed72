# Class-based decorators, decorators with state, and method decorators.
class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.func(*a, **k)
@CountCalls
def hello(name):
    return f"hello {name}"
print(hello("a"), hello("b"), hello.calls, type(hello).__name__)
def method_logger(fn):
    def wrapper(self, *a):
        print(f"{type(self).__name__}.{fn.__name__}{a}")
        return fn(self, *a)
    return wrapper
class Calc:
    @method_logger
    def add(self, a, b):
        return a + b
print(Calc().add(2, 3))
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    return x * 2
print(roll(4))
class Deco:
    def __init__(self, prefix): self.prefix = prefix
    def __call__(self, fn):
        return lambda *a: self.prefix + fn(*a)
@Deco(">> ")
def shout(s): return s.upper()
print(shout("hey"))
