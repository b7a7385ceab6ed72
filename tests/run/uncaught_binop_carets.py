# Caret lines point at the failing binary operation inside a larger expression.
def compute(a, b, c):
    return a * 2 + b / c - 7
print(compute(1, 2, 3))
print(compute(1, 2, 0))
