# StopIteration inside a generator surfaces as RuntimeError with a cause.
def gen():
    yield next(iter([]))
list(gen())
