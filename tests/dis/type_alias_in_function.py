def f():
    type A = list[int]
    return A
