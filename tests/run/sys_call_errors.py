# TypeError messages of calls to sys functions with wrong arguments.
import sys
calls = [
    lambda: sys.set_int_max_str_digits(),
    lambda: sys.set_int_max_str_digits(1, 2),
    lambda: sys.set_int_max_str_digits(1.5),
    lambda: sys.getrecursionlimit(1),
    lambda: sys.intern(),
    lambda: sys.getsizeof(),
    lambda: sys.getsizeof(1, 2, 3),
    lambda: sys.exit(1, 2),
    lambda: sys.excepthook(),
    lambda: sys.displayhook(),
    lambda: sys.exception(1),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
print(sys.getsizeof(object(), 5) > 0, sys.get_int_max_str_digits())
for call in (lambda: sys.getrefcount(), lambda: sys.setrecursionlimit()):
    try:
        call()
    except TypeError as e:
        print(e)
