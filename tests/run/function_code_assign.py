# Assigning function.__code__: the function keeps its own name, defaults,
# globals and closure; only the code changes.
import types


def add(a, b=10):
    return a + b


def mul(a, b=3):
    return a * b


add.__code__ = mul.__code__
print(add(4), add(4, 5), add.__name__, add.__defaults__)
print(add.__code__ is mul.__code__, add.__code__.co_name)

# Swap back through a saved reference.
saved = add.__code__
mul.__code__ = (lambda a, b=0: a - b).__code__
print(mul(9), mul(9, 4), saved is add.__code__)


# Closures: the function's own cells are used by the new code.
def make(tag):
    def show():
        return "show " + str(tag)

    def shout():
        return "SHOUT " + str(tag).upper()

    return show, shout


show_a, _ = make("a")
_, shout_b = make("b")
show_a.__code__ = shout_b.__code__
print(show_a(), shout_b())

# Wrong types and deletion.
for bad in [1, None, "code", add]:
    try:
        add.__code__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    del add.__code__
except TypeError as e:
    print("TypeError:", e)
print(add(2))

# Free-variable counts must match the function's closure.
def plain():
    return 0


try:
    plain.__code__ = show_a.__code__
except ValueError as e:
    print("ValueError:", e)
try:
    show_a.__code__ = plain.__code__
except ValueError as e:
    print("ValueError:", e)


def two_cells():
    x, y = 1, 2

    def both():
        return x + y

    return both


try:
    show_a.__code__ = two_cells().__code__
except ValueError as e:
    print("ValueError:", e)
plain.__name__ = "renamed"
try:
    plain.__code__ = two_cells().__code__
except ValueError as e:
    print("ValueError:", e)
print(plain(), show_a())


# A running frame keeps its code; the next call uses the new one.
def counter():
    counter.__code__ = (lambda: "second call").__code__
    return "first call"


print(counter(), counter(), counter())


# Generator code makes the plain function a generator function.
def gen_body():
    yield 1
    yield 2


def not_yet():
    return "plain"


print(not_yet())
not_yet.__code__ = gen_body.__code__
print(type(not_yet()).__name__, list(not_yet()))

# code.replace(co_flags=...) and co_name do not rename the function.
renamed = mul.__code__.replace(co_name="other", co_flags=mul.__code__.co_flags)
mul.__code__ = renamed
print(mul.__name__, mul.__code__.co_name, mul(1, 1))


# types.coroutine marks a generator function's code as an iterable
# coroutine (0x100), so `await` accepts the generator it returns.
def plain_gen():
    got = yield "ready"
    return got * 2


print(hex(plain_gen.__code__.co_flags & 0x100))
wrapped = types.coroutine(plain_gen)
print(wrapped is plain_gen, hex(plain_gen.__code__.co_flags & 0x100))


async def user():
    result = await plain_gen()
    return "result " + str(result)


coro = user()
print(coro.send(None))
try:
    coro.send(21)
except StopIteration as stop:
    print("StopIteration", stop.value)

# Without types.coroutine, awaiting a plain generator fails.
def raw_gen():
    yield


async def bad_user():
    await raw_gen()


try:
    bad_user().send(None)
except TypeError as e:
    print("TypeError:", e)


# A decorated generator function still iterates as a generator.
@types.coroutine
def ticks(n):
    for i in range(n):
        yield i


print(list(ticks(3)))


async def tick_user():
    await ticks(2)
    return "done"


c = tick_user()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as stop:
    print("StopIteration", stop.value)

# The kind-change warning goes through the warnings filters.
import warnings


def gen_again():
    yield


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")

    def plain_again():
        pass

    plain_again.__code__ = gen_again.__code__
for w in caught:
    print(w.category.__name__, w.lineno, w.message)
with warnings.catch_warnings():
    warnings.simplefilter("error")

    def stays_plain():
        return "still plain"

    try:
        stays_plain.__code__ = gen_again.__code__
    except DeprecationWarning as e:
        print("DeprecationWarning:", e)
    print(stays_plain())
    # The iterable-coroutine flag is not a change of kind.
    types.coroutine(gen_again)
    print(hex(gen_again.__code__.co_flags & 0x1A0))


# Module code run as a function body uses the globals as its namespace.
def runs_module_code():
    pass


runs_module_code.__code__ = compile("stored = 'in globals'\nprint(stored)", "<mod>", "exec")
print(runs_module_code(), stored)
runs_module_code.__code__ = compile("print('seen', stored)", "<mod>", "exec")
print(list(map(lambda _: runs_module_code(), [0])))
