# itertools iterators re-entered from the Python code they call (the
# source's __next__, predicates, key and binary functions): CPython's
# results or exceptions, never a crash.
import itertools as it

class Source:
    """Items 0..5; item 2 is computed by re-entering `outer`."""
    def __init__(self):
        self.i = -1
        self.outer = None
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 5:
            raise StopIteration
        if self.i == 2 and self.outer is not None:
            try:
                return ("inner", next(self.outer, "end"))
            except Exception as e:
                return ("inner", type(e).__name__, str(e))
        return self.i

def run(label, make):
    src = Source()
    obj = make(src)
    src.outer = obj
    try:
        print(label, list(it.islice(obj, 10)))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

run("cycle", it.cycle)
run("accumulate", lambda s: it.accumulate(s, lambda a, b: (a, b)))
run("chain", lambda s: it.chain(s, "z"))
run("compress", lambda s: it.compress(s, it.repeat(1)))
run("dropwhile", lambda s: it.dropwhile(lambda x: False, s))
run("filterfalse", lambda s: it.filterfalse(lambda x: False, s))
run("takewhile", lambda s: it.takewhile(lambda x: True, s))
run("starmap", lambda s: it.starmap(lambda *a: a, ([x] for x in s)))
run("islice", lambda s: it.islice(s, 1, None))
run("pairwise", it.pairwise)
run("zip_longest", lambda s: it.zip_longest(s, "ab"))
run("groupby", lambda s: ((k, list(g)) for k, g in it.groupby(s)))
run("tee", lambda s: it.tee(s)[0])

# Functions that re-enter the iterator calling them.
acc = None
def add(a, b):
    if b == 2:
        try:
            next(acc)
        except Exception as e:
            print("  accumulate re-entered:", type(e).__name__, e)
    return a + b
acc = it.accumulate([1, 2, 3], add)
print(list(acc))

g = None
def key(x):
    if x == 2:
        try:
            print("  groupby re-entered:", next(g)[0])
        except Exception as e:
            print("  groupby re-entered:", type(e).__name__, e)
    return x
g = it.groupby([1, 1, 2, 3, 3], key)
print([(k, list(grp)) for k, grp in g])

tw = None
def pred(x):
    if x == 1:
        try:
            print("  takewhile re-entered:", next(tw))
        except Exception as e:
            print("  takewhile re-entered:", type(e).__name__, e)
    return x < 3
tw = it.takewhile(pred, iter(range(6)))
print(list(tw))

# A pairwise whose source's __next__ advances the pairwise itself.
class Source:
    def __init__(self):
        self.i = 0
        self.pw = None
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == 2 and self.pw is not None:
            print("  pairwise re-entered:", next(self.pw, "end"))
        if self.i > 5:
            raise StopIteration
        return self.i
s = Source()
pw = it.pairwise(s)
s.pw = pw
print(list(pw))
