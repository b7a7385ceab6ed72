# Annotations on methods, properties, lambdas (none), and nested functions.
class Shape:
    def area(self) -> float:
        return 0.0
    @property
    def name(self) -> str:
        return "shape"
    @classmethod
    def make(cls, size: int = 1) -> "Shape":
        return cls()
    @staticmethod
    def unit() -> int:
        return 1
print(Shape.area.__annotations__, Shape.name.fget.__annotations__)
print(Shape.make.__annotations__, Shape.__dict__["make"].__func__.__annotations__ is not None, Shape.unit.__annotations__)
def outer(x: int):
    def inner(y: list[int]) -> dict[str, int]:
        return {}
    return inner
print(outer.__annotations__, outer(1).__annotations__)
def varargs(*args: int, **kwargs: str) -> None:
    pass
print(varargs.__annotations__)
