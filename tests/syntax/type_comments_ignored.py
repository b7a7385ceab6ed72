def f(a,  # type: int
      b):
    # type: (...) -> None
    x = 1  # type: int
    for y in z:  # type: str
        pass
x = []  # type: ignore
