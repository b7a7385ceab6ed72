async def f():
    await x
match x:
    case [a, *_]: pass
type A = int
_ = 1
