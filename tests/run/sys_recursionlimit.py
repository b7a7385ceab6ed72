# getrecursionlimit/setrecursionlimit and RecursionError caught.
import sys
old = sys.getrecursionlimit()
print(old)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
d = depth(0)
print(150 < d < 200)
def recurse():
    recurse()
try:
    recurse()
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(old)
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(e)
try:
    sys.setrecursionlimit("10")
except TypeError as e:
    print(e)
print(issubclass(RecursionError, RuntimeError))
def mutual_a(n): return mutual_b(n + 1)
def mutual_b(n): return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion stopped")
print(depth(0) > 500)
