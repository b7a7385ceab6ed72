import os
from os.path import *

def with_finally(path, items):
    global counter
    try:
        with open(path) as f, open(path + ".bak", "w") as g:
            for line in f:
                if not line:
                    continue
                elif line is None or line == "x":
                    break
                g.write(line)
        del items[0], items[1:3]
    finally:
        counter = counter + 1
        print("done")

def star(*args, **kwargs):
    first, *rest, last = args
    a, b = b, a = 1, 2
    return f(*args, x=1, **kwargs), [*rest, *args], {**kwargs, 'k': 1}, {*rest}

def matcher(command):
    match command:
        case ["go", direction] if direction in ("north", "south"):
            return direction
        case {"action": action, **rest}:
            return action
        case Point(x=0, y=yy) | Point(x=yy, y=0):
            return yy
        case str() | bytes():
            return "text"
        case [1, 2, *others]:
            return others
        case None | True:
            return None
        case _:
            raise ValueError(command) from None

def groups():
    try:
        pass
    except* ValueError as eg:
        print(eg)
    except* (TypeError, KeyError):
        raise

class Box[T: int, *Ts, **P]:
    type Alias[U] = list[U]
    def get[V](self, v: V = None) -> T:
        return self.item

async def agen(n):
    for i in range(n):
        yield i
    return

async def comps(data):
    return ({k: v for k, v in data.items()}, {x for x in data}, [y async for y in data] if 0 else None, t"{data!r:>10}")

def big():
    return (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, x)

def wide():
    value = some_function_with_a_long_name(argument_number_one, argument_number_two)                                    + another_call_far_to_the_right(1)
    return (value
            +
            1)
