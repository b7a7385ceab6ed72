# The gc module's switches, thresholds and queries. Objects are freed when
# their last reference goes, so nothing here waits for a collection.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(700, 5, 3)
print(gc.get_threshold())
gc.set_threshold(2000, 10, 10)
print(type(gc.get_count()).__name__, len(gc.get_count()))
print(type(gc.collect()).__name__, type(gc.collect(0)).__name__, type(gc.collect(generation=1)).__name__)
print(gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_LEAK, gc.garbage, gc.callbacks)
gc.set_debug(0)
print(gc.get_freeze_count())


class C:
    pass


def f():
    yield


print([gc.is_tracked(x) for x in (1, 2**80, "s", 1.5, None, True, b"b", ())])
print([gc.is_tracked(x) for x in ([], {}, {1: 2}, set(), C(), f, f(), C, (1, []))])
print(gc.is_finalized(C()))


class D:
    def __del__(self):
        kept.append(self)


kept = []
D()
print(len(kept), gc.is_finalized(kept[0]))

for call in (lambda: gc.enable(1), lambda: gc.isenabled(2), lambda: gc.is_tracked(),
             lambda: gc.is_finalized(1, 2), lambda: gc.set_threshold(),
             lambda: gc.set_threshold(1, 2, 3, 4), lambda: gc.collect(1, 2),
             lambda: gc.collect("x"), lambda: gc.collect(3), lambda: gc.collect(-1),
             lambda: gc.collect(foo=0), lambda: gc.get_threshold(1)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
