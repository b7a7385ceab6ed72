class C:
    a: int
    b: "str" = 2
