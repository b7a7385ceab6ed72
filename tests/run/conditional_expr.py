# Conditional expressions evaluate only the chosen branch.
def side(v):
    print("side", v)
    return v
x = side("yes") if True else side("no")
y = side("yes") if False else side("no")
print(x, y)
for n in (-2, 0, 3):
    print(n, "negative" if n < 0 else "zero" if n == 0 else "positive")
print([("odd" if i % 2 else "even") for i in range(4)])
f = (lambda a: "big" if a > 10 else "small")
print(f(5), f(50))
