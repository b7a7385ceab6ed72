def f() -> "str": pass
def g() -> list[dict[str, int | None]]: pass
def h(x: int | None = None) -> Callable[[int], str]: pass
