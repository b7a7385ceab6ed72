# Cell objects: contents, emptiness, comparisons, co_cellvars/co_freevars.
def f():
    a = 1
    b = "two"
    def g():
        return a, b
    return g
g = f()
cells = g.__closure__
print(len(cells), [c.cell_contents for c in cells], g.__code__.co_freevars, f.__code__.co_cellvars)
cells[0].cell_contents = 100
print(g())
def empty():
    def h():
        return late
    return h.__closure__[0]
    late = 1
cell = empty()
try:
    cell.cell_contents
except ValueError as e:
    print("ValueError", e)
import types
c = types.CellType(5)
print(c.cell_contents, types.CellType().__class__.__name__)
c2 = types.CellType()
try:
    c2.cell_contents
except ValueError as e:
    print(e)
del c.cell_contents
try:
    c.cell_contents
except ValueError as e:
    print(e)
print(types.CellType(1) == types.CellType(1), types.CellType(1) < types.CellType(2))
class A:
    def m(self):
        return __class__
print(A().m() is A, A.m.__closure__[0].cell_contents is A, A.m.__code__.co_freevars)
