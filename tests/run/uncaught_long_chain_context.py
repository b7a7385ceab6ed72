# Several implicitly chained exceptions in a row.
try:
    try:
        try:
            int("a")
        except ValueError:
            [][0]
    except IndexError:
        {}["k"]
except KeyError:
    None.attr
