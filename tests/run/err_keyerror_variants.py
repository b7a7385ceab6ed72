# KeyError from dicts, sets, and their str() forms.
def show(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok:", repr(r))
show(lambda: {}["k"])
show(lambda: {}[1])
show(lambda: {}[(1, 2)])
show(lambda: {}[None])
show(lambda: {}[""])
show(lambda: {}.pop("p"))
show(lambda: {}.popitem())
show(lambda: set().remove(3))
show(lambda: set().pop())
show(lambda: {1: 2}[1.5])
try:
    {}["quote's"]
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    {}[KeyError("inner")]
except TypeError as e:
    print("unhashable?", e)
except KeyError as e:
    print(repr(e))
class Key:
    def __repr__(self):
        return "Key<custom repr>"
try:
    {}[Key()]
except KeyError as e:
    print(e)
show(lambda: KeyError())
print(str(KeyError()), str(KeyError("a", "b")))
