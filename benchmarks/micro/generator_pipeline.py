# A pipeline of generators.
def numbers(n):
    for i in range(n):
        yield i

def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x

def squares(source):
    for x in source:
        yield x * x

def run(n):
    return sum(squares(evens(numbers(n)))) % 1000003

print(run(2_000_000))
