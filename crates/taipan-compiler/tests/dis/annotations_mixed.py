def f(a: int) -> str: pass
x: int = 1
class C:
    y: str
    def m(self): return super().m()
