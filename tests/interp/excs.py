def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("bad " + repr(text)) from e
try:
    parse("x")
except RuntimeError as e:
    print(e, "|", e.__cause__, "|", e.__suppress_context__)
try:
    try:
        1 / 0
    finally:
        print("finally")
except ZeroDivisionError as e:
    print("caught", e, e.__traceback__.tb_lineno)
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("inner")
except ValueError as e:
    print(repr(e), repr(e.__context__))
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)
def compute(a, b, c):
    return a * 2 + b / c - 7
print(compute(1, 2, 0))
