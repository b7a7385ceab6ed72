# Exception args can be read and replaced; attributes can be added freely.
e = ValueError("a", 1, [2])
print(e.args, len(e.args), str(e))
e.args = ("replaced",)
print(str(e), repr(e))
e.args = "xy"
print(e.args, str(e))
e.custom = {"key": "value"}
print(e.custom, hasattr(e, "__dict__"), sorted(e.__dict__))
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.custom)
class Ex(Exception):
    pass
x = Ex()
x.args = (1, 2)
print(x, repr(x))
try:
    e.args = 5
except TypeError as err:
    print(err)
