# Chained generator pipelines evaluate lazily, one item at a time.
def source(n):
    for i in range(n):
        print("produce", i)
        yield i
def square(it):
    for x in it:
        print("square", x)
        yield x * x
def keep_even(it):
    for x in it:
        if x % 2 == 0:
            yield x
pipe = keep_even(square(source(4)))
print("pipeline built")
for v in pipe:
    print("consume", v)
print(sum(x for x in square(range(3))))
