# __import__ returns modules; fromlist changes what is returned.
m = __import__("sys")
print(m.__name__, type(m).__name__)
import os.path
p = __import__("os.path")
print(p.__name__)
q = __import__("os.path", fromlist=["join"])
print(q.__name__ == os.path.__name__)
try:
    __import__("no_such_module_abc")
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e)
try:
    __import__("")
except ValueError as e:
    print(e)
try:
    __import__(5)
except TypeError as e:
    print(e)
import math
print(__import__("math") is math, math.__name__, callable(math.sqrt))
import sys
print("math" in sys.modules, sys.modules["math"] is math)
