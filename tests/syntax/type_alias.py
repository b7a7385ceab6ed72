type A = int
type B[T] = list[T]
type C[T: int = bool, *Ts, **P] = Callable[P, tuple[T, *Ts]]
type = 1
type.x = 2
type(x)
