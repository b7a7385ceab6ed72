# str.format field names with nested keys, attribute chains and auto numbering.
class Obj:
    def __init__(self):
        self.inner = {"k": [10, 20]}
        self.name = "obj"
o = Obj()
print("{0.inner[k][1]} {0.name}".format(o), "{a.name:>6}".format(a=o))
print("{} {} {}".format(*"xyz"), "{2}{1}{0}".format(*"abc"), "{0}{0}".format("double"))
print("{:*^{}}".format("mid", 9), "{:{fill}{align}{width}}".format("w", fill="-", align=">", width=4))
print("{0!s:^7}|{0!r:^7}|".format("s"), "{!a}".format("ü"))
print("{k[0]}".format(k="ab"), "{0[0]}".format(("t",)), "{0.real}".format(3j))
data = {"name": "Ann", "langs": ["py", "rs"]}
print("{name} knows {langs[0]} and {langs[1]}".format(**data))
print("{:,}".format(1234567.891), "{:_}".format(10 ** 8), "{:e}".format(0.0), "{:.0%}".format(1 / 3))
