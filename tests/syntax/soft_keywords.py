match = 1
case = 2
match(x)
match[1]
match.x = 3
_ = match, case
print(match * 2)
match -x:
    case _:
        pass
match x, y:
    case _:
        pass
def match(case): return case
