# inspect-free generator state tracking through gi_* attributes.
def g():
    yield 1
    yield 2
def state(gen):
    if gen.gi_running:
        return "RUNNING"
    if gen.gi_frame is None:
        return "CLOSED"
    if gen.gi_suspended:
        return "SUSPENDED"
    return "CREATED"
it = g()
print(state(it))
next(it)
print(state(it))
list(it)
print(state(it))
it2 = g()
it2.close()
print(state(it2), it2.gi_code.co_name, it2.__name__, it2.__qualname__)
it3 = g()
it3.__name__ = "renamed"
print(it3.__name__, repr(it3).startswith("<generator object g at"))
