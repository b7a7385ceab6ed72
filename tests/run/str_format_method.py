# str.format: positional/keyword fields, indexing, attributes, conversions, nesting.
class P:
    x, y = 3, 4
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[1]} {0[k]} {1.x} {1.y}".format({1: "one", "k": "kay"}, P()))
print("{0[0][1]}".format([["a", "b"]]), "{.real}".format(5))
print("{!r} {!s} {!a}".format(P(), P(), "é"))
print("{:>{w}.{p}f}|".format(3.14159, w=10, p=2), "{:{}{}}".format("x", ">", 4))
print("{{literal}} {}".format(7), "{{}}".format(), "}}{{".format())
print("{0:{1}}".format(42, "05"), "{:%}".format(0.25), "{0!r:>10}".format("s"))
for fmt, args in [("{", ()), ("}", ()), ("{0", ()), ("{}", ()), ("{1}", (1,)), ("{x}", ()),
                  ("{!x}", (1,)), ("{0[}", ([1],)), ("{0.}", (1,)), ("{} {1}", (1, 2)),
                  ("{0} {}", (1, 2)), ("{:{:{}}}", (1, 2, 3)), ("{0.nope}", (1,)), ("{0[5]}", ([1],))]:
    try:
        print(repr(fmt.format(*args)))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(fmt), type(e).__name__, e)
print("{0:}".format("e"), "{a[b]}".format(a={"b": 1}), "{0[-1]}".format({"-1": "neg"}))
