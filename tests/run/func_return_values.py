# Return value forms: implicit None, multiple values, early return, return in loops and finally.
def nothing():
    pass
def bare():
    return
def multi():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i == 3:
            return f"early at {i}"
    return "completed"
def nested_return():
    def inner():
        return "inner"
    return inner() + "+outer"
print(nothing(), bare(), multi(), early(10), early(2), nested_return())
a, b, c = multi()
print(a, b, c)
def returns_func():
    return lambda: "from lambda"
print(returns_func()())
def cond(x):
    return "pos" if x > 0 else ("zero" if x == 0 else "neg")
print([cond(x) for x in (-1, 0, 1)])
