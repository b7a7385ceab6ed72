# Frames below a generator that a for loop runs inline: reading and writing
# the caller's locals from inside the generator, and deep generator chains.
import sys
def gen():
    for i in range(3):
        f = sys._getframe(1)
        print("caller", f.f_code.co_name, sorted(k for k in f.f_locals if not k.startswith('_')), f.f_locals.get('marker'))
        yield i
def outer():
    marker = "here"
    total = 0
    for x in gen():
        total += x
        print("in loop", total, sys._getframe().f_locals['total'])
    return total
print(outer())
def g2():
    yield sys._getframe().f_back.f_code.co_name
print(next(g2()), list(g2()))
def deep(n):
    if n == 0:
        yield sys._getframe(3).f_locals.get('n')
    else:
        for v in deep(n - 1):
            yield v
print(list(deep(4)))
def gen_w():
    for i in range(2):
        f = sys._getframe(1)
        f.f_locals['y'] = 100 + i
        yield i
def outer_w():
    y = 0
    for x in gen_w():
        print("y is", y)
    return y
print(outer_w())
