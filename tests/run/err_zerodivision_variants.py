# ZeroDivisionError messages for every numeric type and operator.
def show(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok:", repr(r))
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: divmod(1, 0))
show(lambda: 1.0 / 0)
show(lambda: 1.0 // 0.0)
show(lambda: 1.0 % 0.0)
show(lambda: divmod(1.0, 0.0))
show(lambda: 1j / 0)
show(lambda: 0 ** -1)
show(lambda: 0.0 ** -1)
show(lambda: 0j ** -1)
show(lambda: pow(0, -2))
show(lambda: (10 ** 30) // 0)
show(lambda: (10 ** 30) % 0)
show(lambda: True / False)
import math
show(lambda: math.fmod(1, 0))
show(lambda: 5 % 0.0)
show(lambda: pow(2, 3, 0))
