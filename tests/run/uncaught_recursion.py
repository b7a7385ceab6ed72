# Uncaught RecursionError: repeated frames are collapsed in the traceback.
import sys
sys.setrecursionlimit(100)
def down(n):
    return down(n + 1)
down(0)
