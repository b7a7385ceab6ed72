# Recursive generators with yield from: tree traversal and permutations.
def walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for child in children:
        yield from walk(child, depth + 1)
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("deep", [])])])])
for line in walk(tree):
    print(line)
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [x] + rest
print(list(perms([1, 2, 3])))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
