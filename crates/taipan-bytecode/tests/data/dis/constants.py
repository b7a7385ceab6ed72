"""Module docstring."""
import os.path as p
from sys import (argv, path)

def consts(x, *args, key=None, **kw):
    "Function docstring."
    a = (1, 2.5, -3, 10**20, 'it\'s', b"\x00\xff'", 2j, (1+2j), None, True, ...)
    b = x in {1, 2, 3}
    c = x[1:2]
    d = 1e100, 0.1, 1e-7, float('inf') if x else -0.0
    s = "quote\"d\n\t\\ \x7f \u00e9 \U0001f600 \ud800"
    return a, b, c, d, s, -1, 256, 255

class C:
    attr: int = 3
    def method(self):
        return super().method()

def closure(v):
    def inner(w):
        nonlocal v
        v += w
        return v
    return inner

async def coro(it):
    async for x in it:
        await x
    async with it as y:
        pass

def gen():
    yield 1
    yield from gen()

f"{p!r:>{argv}} {path=}"
lambda: [i * 2 for i in range(3) if i]
