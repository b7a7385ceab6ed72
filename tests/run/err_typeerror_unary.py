# TypeError messages for unary operators and augmented assignment.
def show(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok:", repr(r))
for v in ("s", [1], None, {}, b"b", 1.5, object()):
    show(lambda: -v)
    show(lambda: +v)
    show(lambda: ~v)
def aug_add():
    x = [1]
    x += 5
def aug_sub():
    x = "s"
    x -= "t"
def aug_pow():
    x = None
    x **= 2
def aug_matmul():
    x = 1
    x @= 2
for f in (aug_add, aug_sub, aug_pow, aug_matmul):
    show(f)
