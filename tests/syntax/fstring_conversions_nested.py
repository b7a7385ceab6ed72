a = 1
f"{a!r}{a!s}{a!a}"
f"{a:{a}{a}}"
f"{f"{a:{a}}":{a}}"
f"{a!r:{a!r}}" if 0 else 1
f"{ a }"
f"{a, b}"
f"{(lambda: 1)()}"
f"{a if a else 'x'}"
f"{ {'k': 1}['k'] }"
f"{a:=3}"
