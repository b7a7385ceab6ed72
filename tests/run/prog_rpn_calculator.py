# A reverse-Polish calculator using a dispatch dict of operator functions.
import operator
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "//": operator.floordiv,
       "%": operator.mod, "**": operator.pow, "neg": operator.neg}
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            if tok == "neg":
                stack.append(OPS[tok](stack.pop()))
            else:
                b, a = stack.pop(), stack.pop()
                stack.append(OPS[tok](a, b))
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    if len(stack) != 1:
        raise ValueError(f"malformed expression, stack={stack}")
    return stack[0]
for e in ("3 4 +", "5 1 2 + 4 * + 3 -", "2 10 **", "7 2 //", "7 2 /", "2 dup *", "1 2 swap -", "4 neg 3 %", "1 +", "1 2", "1 0 /", "x"):
    try:
        print(f"{e!r:24} = {rpn(e)!r}")
    except (IndexError, ValueError, ZeroDivisionError) as err:
        print(f"{e!r:24} ! {type(err).__name__}: {err}")
