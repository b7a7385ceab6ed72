# expandtabs with column tracking across newlines; splitlines with all separators.
print(repr("a\tbc\tdef\tg".expandtabs(4)))
print(repr("12345678\t9".expandtabs(8)), repr("\t\t".expandtabs(3)), repr("a\r\tb".expandtabs(4)), repr("a\n\tb".expandtabs(2)))
seps = ["\n", "\r", "\r\n", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
for sep in seps:
    print(repr(sep), ("a" + sep + "b").splitlines(), len(("a" + sep + "b").splitlines(True)[0]))
print("a\n\rb".splitlines(), "\r\n\r\n".splitlines())
