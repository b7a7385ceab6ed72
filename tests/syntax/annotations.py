x: int
y: list[int] = []
(z): int = 1
a.b: str
c[0]: float = 1.0
def f(a: int, *args: str, b: "B" = 1, **kw: dict) -> None: pass
def g() -> tuple[int, ...]: pass
