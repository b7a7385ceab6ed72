# Library modules that compile regular expressions at import: textwrap,
# string.Template, fractions (and re's own Scanner).
import fractions
import string
import textwrap

print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
print(textwrap.wrap("short words, with-hyphenated-parts and more", width=12))
print(repr(textwrap.dedent("   a\n    b\n")), repr(textwrap.indent("x\ny\n", "> ")))
print(textwrap.shorten("Hello  world, this is a long sentence", width=20))
t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
print(t.get_identifiers(), t.is_valid())
try:
    string.Template("$who $").substitute(who=1)
except ValueError as e:
    print("ValueError", e)
print(fractions.Fraction("3/4"), fractions.Fraction(" -1.25e1 "), fractions.Fraction("7"))
try:
    fractions.Fraction("1/x")
except ValueError as e:
    print("ValueError", e)
