# os.urandom: bytes of the requested length, and CPython's errors.
import os

for n in [0, 1, 16, 1000]:
    b = os.urandom(n)
    print(n, type(b).__name__, len(b))
print(os.urandom(32) != os.urandom(32))
for bad in [-1, "x", 1.5]:
    try:
        os.urandom(bad)
    except Exception as e:
        print(type(e).__name__, e)
