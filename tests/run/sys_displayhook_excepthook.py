# sys.displayhook is used by "single"-mode code; sys.excepthook is replaceable.
import sys
print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
exec(compile("1 + 1", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
import builtins
print(builtins._)
seen = []
sys.displayhook = lambda value: seen.append(value)
exec(compile("40 + 2", "<s>", "single"))
exec(compile("[1, 2]", "<s>", "single"))
sys.displayhook = sys.__displayhook__
print(seen)
def hook(t, v, tb):
    print("custom excepthook:", t.__name__, v, file=sys.stdout)
sys.excepthook = hook
print(sys.excepthook is hook)
raise RuntimeError("handled by the custom hook")
