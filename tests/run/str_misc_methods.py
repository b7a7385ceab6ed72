# The remaining str methods and constructor forms.
print(str.__name__, sorted(m for m in dir(str) if not m.startswith("_")))
print("abc".isascii(), "Hello World".istitle(), "x".__mod__ if False else "mod")
print("{} {}".format(1, 2), "{0}{1}{0}".format("a", "b"), "{x}".format_map({"x": 5}))
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{a} {b}".format_map(Default(a=1)))
print(str(object=5), str(b"abc", "ascii"), str(b"a\xffb", "ascii", "replace"), str(bytearray(b"z"), encoding="utf-8"))
try:
    str(1, "utf-8")
except TypeError as e:
    print(e)
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hey")
print(s.shout(), type(s + "x").__name__, type(s.upper()).__name__, type(s[0]).__name__, isinstance(s, str))
print(str.join(",", "ab"), str.upper("q"), "%"[0], "abc".__getnewargs__())
class WithStr:
    def __str__(self):
        return "custom"
print(str(WithStr()), f"{WithStr()}", "%s" % WithStr())
class BadStr:
    def __str__(self):
        return 5
try:
    str(BadStr())
except TypeError as e:
    print(e)
