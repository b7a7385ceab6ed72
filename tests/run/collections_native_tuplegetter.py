# _collections._tuplegetter (namedtuple's field descriptor) and
# _count_elements (Counter's counting loop).
from _collections import _tuplegetter as T
g = T(1, 'doc1'); print(g.__doc__, repr(g)[:40], g.__reduce__())
class P(tuple): x = T(0, 'd')
p = P((5,6)); print(p.x, P.x is P.__dict__['x'])
for s in ['P.x.__get__(3)', 'P.x.__get__(())', 'setattr(p, "x", 1)', 'delattr(p, "x")', 'T()', 'T("a", 1)', 'T(-1, 0).__get__((1,2))']:
    try: print(s, '->', repr(eval(s)))
    except Exception as e: print(s, '->', type(e).__name__, e)
g.__doc__ = 'new'; print(g.__doc__)
from _collections import _count_elements
counts = {}
_count_elements(counts, "abracadabra"); print(counts)
class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
_count_elements(Logged(a=5), "ab")
for bad in [(1, "a"), ({},), ({}, 1)]:
    try:
        _count_elements(*bad)
    except Exception as e:
        print(type(e).__name__, e)
