class C[T, *Ts, **P]:
    pass
