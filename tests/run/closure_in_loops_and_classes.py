# Closures capturing loop variables, class attributes and comprehension variables.
handlers = {}
for name in ("start", "stop"):
    def handler(name=name):
        return f"handling {name}"
    handlers[name] = handler
print(handlers["start"](), handlers["stop"]())
late = []
for i in range(3):
    late.append(lambda: i)
print([f() for f in late])
def make_class():
    secret = "closure secret"
    class C:
        def reveal(self):
            return secret
    return C
print(make_class()().reveal())
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print({k: f(10) for k, f in adders.items()})
def cell_shared():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    i = "after loop"
    return [f() for f in fns]
print(cell_shared())
