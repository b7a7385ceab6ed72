def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
def args_cell(a, b):
    def inner():
        return a
    return inner
