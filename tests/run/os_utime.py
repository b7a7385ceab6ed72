# os.utime's times and ns arguments: floats, negatives, and CPython's
# errors for NaN, overflow and wrong shapes.
import os
p = f"/tmp/taipan_os_test_utime_{os.getpid()}"
open(p, "w").close()
for t in [(float("nan"), 0), (float("inf"), 0), (1e30, 0), (-1.5, 0), ("a", 0), (1, 2, 3), [1, 2], (2**70, 0), (5, 7.25)]:
    try:
        os.utime(p, t)
        print(os.stat(p).st_atime_ns, os.stat(p).st_mtime_ns)
    except Exception as e:
        print(type(e).__name__, e)
for n in [(1.5, 2), (1, 2, 3), 5, None, (-1, 10**9 + 5)]:
    try:
        os.utime(p, ns=n)
        print(os.stat(p).st_atime_ns, os.stat(p).st_mtime_ns)
    except Exception as e:
        print(type(e).__name__, e)
try:
    os.utime(p, (1, 2), ns=(1, 2))
except ValueError as e:
    print(e)
os.utime(p)
os.utime(p, None)
os.remove(p)
print(os.path.exists(p))
