from __future__ import annotations
a: list[int] | None
b: dict[str, tuple[int, ...]]
c: "quoted" 
d: lambda x, /, y=1, *a, k, z=2, **kw: x + y * 2 ** -k
e: (a if b else c) and not d or e
f: x[1:2, ::3, 1:] 
g: f"a{b!r:>{w}} {{}} {c=}" 
h: [i for i in range(3) if i for j in k]
i: {**a, 'b': 1, **{}}
j: {1, 2}
k: set()
l: (1,)
m: ()
n: 1 .real
o: 1.5e300 * 1e400
p: 1j + -2.0
q: x
r: u"uni"
s: b"by\x00"
t: -(-x) ** 2 ** 3
u: (a, *b)
v: call(a, *b, c=1, **d)
w: call(x for x in y)
x1: a < b <= c is not d not in e
y1: ~a << 2 | b ^ c & d >> e // f % g @ h
z1: lambda: 0
z2: lambda *a: 0
z3: lambda *, k: 0
z4: f"{ {1: 2}[1] }"
z5: f"{(lambda: 1)}"
z6: ...
z7: 'it\'s "x"'
z8: {x: y for x, y in z}
z9: x
def fn(a: int = 1, *args: *Ts, b: 'str', **kw: dict[str, int]) -> None: pass
class K:
    __p: __q
    x: K.__p
