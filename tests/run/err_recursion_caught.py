# Deep recursion is caught as RecursionError and the program continues.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(100) % 1000003)
def infinite(n):
    return infinite(n + 1) + 1
try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)
class Node:
    def __init__(self):
        self.child = self
    def depth(self):
        return 1 + self.child.depth()
try:
    Node().depth()
except RecursionError:
    print("object recursion caught")
def after():
    return "stack usable again"
print(after())
import sys
print(sys.getrecursionlimit())
