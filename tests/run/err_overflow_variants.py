# OverflowError messages from conversions and arithmetic.
def show(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok:", repr(r))
show(lambda: float(10 ** 400))
show(lambda: 10 ** 400 / 1)
show(lambda: 2.0 ** 5000)
show(lambda: int(float("inf")))
show(lambda: (1e308).__mul__(10) and 1e308 * 10)
show(lambda: round(float("inf")))
show(lambda: (256).to_bytes(1, "big"))
show(lambda: (-1).to_bytes(1, "big"))
show(lambda: chr(2 ** 64))
show(lambda: [1] * (2 ** 64))
show(lambda: "x" * (2 ** 64))
show(lambda: range(2 ** 64).__len__())
show(lambda: len(range(2 ** 64)))
show(lambda: (1.5).as_integer_ratio() and float("inf").as_integer_ratio())
import math
show(lambda: math.exp(1000))
show(lambda: math.factorial(10 ** 20) if False else math.ldexp(1.0, 5000))
show(lambda: 1 << (2 ** 70))
show(lambda: bytearray(2 ** 70))
