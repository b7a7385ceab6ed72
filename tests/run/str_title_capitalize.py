# title() and capitalize() word-boundary rules.
for s in ("hello world", "they're bill's friends", "3rd place", "HELLO", "hello-world_x", "ǆungla", "αβγ δεζ", "a1b2 c3", "  lead", "x"):
    print(repr(s), repr(s.title()), repr(s.capitalize()), s.title().istitle())
print("ﬁsh".title(), "ﬁsh".capitalize(), "ŉ".title(), "ß".title(), "ß".capitalize())
