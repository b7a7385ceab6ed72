# if/elif/else chains with various truthy values.
def classify(v):
    if v is None:
        return "none"
    elif isinstance(v, bool):
        return "bool"
    elif isinstance(v, int) and v < 0:
        return "negative int"
    elif isinstance(v, int):
        return "int"
    elif v:
        return "truthy other"
    else:
        return "falsy other"
for v in (None, True, -1, 3, "s", "", [], [0], 0.0):
    print(repr(v), classify(v))
if 0:
    print("no")
elif []:
    print("no")
print("done")
