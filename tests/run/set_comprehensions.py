# Set comprehensions printed in sorted order.
print(sorted({x % 5 for x in range(100)}))
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
print(sorted({(x, y) for x in range(3) for y in range(x)}))
print(len({i // 2 for i in range(10)}), {1 for _ in range(5)}, set(), {0})
print(sorted({len(w) for w in "a bb ccc dd e".split()}))
print({n for n in [3, 1, 2]} == {1, 2, 3}, type({x for x in ()}).__name__)
