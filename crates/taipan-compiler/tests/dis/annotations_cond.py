import x
if x:
    y: int
