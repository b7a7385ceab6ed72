# RuntimeError from mutating containers while iterating, and related cases.
def show(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok:", repr(r))
def dict_grow():
    d = {1: 1}
    for k in d:
        d[k + 1] = 1
show(dict_grow)
def set_grow():
    s = {1}
    for v in s:
        s.add(v + 1)
show(set_grow)
def dict_keys_change():
    d = {1: 1, 2: 2}
    for k in d:
        del d[2]
        d[3] = 3
show(dict_keys_change)
def gen_self():
    def g():
        yield next(it)
    it = g()
    return next(it)
show(gen_self)
show(lambda: super())
def not_implemented():
    raise NotImplementedError("subclass must implement")
show(not_implemented)
show(lambda: issubclass(NotImplementedError, RuntimeError))
show(lambda: issubclass(RecursionError, RuntimeError))
class Broken:
    def __repr__(self):
        return repr(self)
show(lambda: repr(Broken()))
