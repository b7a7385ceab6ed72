import sys
print(sys.implementation.name in ("taipan", "cpython"), sys.getrecursionlimit())
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
sys.exit(3)
