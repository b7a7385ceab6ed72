def outer():
    def inner(x: list[int]) -> None:
        pass
    return inner
