# The Match object, bytes patterns, Pattern identity and error messages of `re`.
import copy
import re

m = re.match(r"(?P<a>\w)(?P<b>\d)?(x)?", "a c")
print(m, m.group(), m.group(0), m.group(1, "b"), m["a"], m[0])
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(2), m.span("b"), m.regs)
print(m.lastindex, m.lastgroup, m.string, m.pos, m.endpos, m.re)
print(m.expand(r"[\1|\g<a>|\2]"))
m = re.compile(r"(a)(b)").search("xab", 1, 3)
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re.pattern)
m = re.match(r"(?P<x>a)(?P<y>b)?", "ac")
print(m.lastindex, m.lastgroup)
print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)(b)", "ab").lastgroup)
print(re.match("a", "a") == re.match("a", "a"), copy.copy(m) is m, copy.deepcopy(m) is m)
for bad in (3, "z", -1, None, 1.5):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
print(re.Match, re.Pattern, type(m).__name__, isinstance(re.compile("a"), re.Pattern))
print(re.Pattern[str], re.Match[bytes])
print(repr(re.match(".*", "x" * 100)))
print(re.match(b"(a)(b)", b"abc"), re.match(b"(a)(b)", b"abc").groups())
print(re.findall(rb"\w+", b"ab cd"), re.sub(rb"a", rb"\\x", b"bab"), re.split(rb"-", b"1-2"))
print(re.search(rb"[\x80-\xff]+", b"ab\xe9\xffcd"), re.match(rb"(?i)ABC", b"abc"))
print(re.search(rb"\w+", bytearray(b"  ab ")), re.sub(b"a", b"b", bytearray(b"aa")))
print(re.search(rb"\d", memoryview(b"x1")))
p1, p2 = re.compile("a+"), re.compile("a+")
print(p1 == re.compile("a+", re.I), hash(p1) == hash(p2), copy.copy(p1) is p1, copy.deepcopy(p1) is p1)
print(re.compile(p1) is p1, re.purge())
for pat, s in (("a", b"a"), (b"a", "a"), ("a", 1), ("a", None)):
    try:
        re.search(pat, s)
    except TypeError as e:
        print("TypeError", e)
for pat in ("(", ")", "a**", "[a", "(?P<1>x)", r"\1", "(?<=a+)b", "x{2,1}", "(?P<n>a)(?P<n>b)",
            r"\q", "a{1,", "(?z)", "*", "(?P=nope)", "[z-a]", "(?<!a*)b"):
    try:
        re.compile(pat)
        print("compiled", pat)
    except re.error as e:
        print("error:", e, "|", e.pos, e.lineno, e.colno)
for repl in (r"\3", r"\g<x>", r"\g<1", "\\"):
    try:
        re.sub("(a)", repl, "a")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.compile("a", re.I).match("a", "x")
except TypeError as e:
    print("TypeError", e)
