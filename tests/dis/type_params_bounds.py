def f[T: int, U: (str, bytes)](a: T, b: U) -> None:
    pass
