# string.Formatter over _string's parser, and string's constants.
import _string
import string

for s in ["a{{b}}c{0!r:>{w}}d", "{}", "x{a.b[0]}", "{:}", "{!s}", "abc", "", "}}", "{0:{1}}"]:
    print(repr(s), list(_string.formatter_parser(s)))
for s in ["{", "}", "{0!}", "{0"]:
    try:
        list(_string.formatter_parser(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s in ["a.b[0].c", "0[x]", "", "12"]:
    first, rest = _string.formatter_field_name_split(s)
    print(repr(s), repr(first), list(rest))
try:
    _string.formatter_parser(1)
except TypeError as e:
    print("TypeError:", e)

f = string.Formatter()
print(f.format("{0} and {name!r:>8} {x[1]} {0:{w}}|", 7, name="n", x=[5, 6], w=4))
print(f.vformat("{a.real}-{b}", (), {"a": 3, "b": "q"}))


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()


print(Upper().format("{} {:x}", "hi", 255))
print(string.capwords("hello  big world"), string.digits, string.punctuation)
