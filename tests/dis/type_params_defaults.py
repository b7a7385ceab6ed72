class C[T = int, *Ts = *tuple[int], **P = [str]]:
    pass
