# None: identity comparisons, ordering errors, use as default and sentinel.
print(None is None, None == None, None != 0, None == False, not None, None is not False)
try:
    None < 1
except TypeError as e:
    print(e)
try:
    sorted([None, 1])
except TypeError as e:
    print(e)
def f(x=None):
    return "default" if x is None else x
print(f(), f(0), f(None), f(""))
print(sorted([3, None, 1], key=lambda v: (v is None, v or 0)))
print({None: 1}[None], [None] * 3, (None,), str(None), repr(None), None.__repr__(), type(None).__name__)
print(max([1, None, 2], key=lambda v: -1 if v is None else v))
