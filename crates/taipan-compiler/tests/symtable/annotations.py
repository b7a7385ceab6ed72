x: int = 1
y: "str"
if x:
    z: list[int] = []
def f(a: int, *b: str, c: float = 1.0, **d: bytes) -> None:
    local: Undefined = 2
class C:
    p: int
    q: C = None
    def m(self, v: p) -> q: pass
