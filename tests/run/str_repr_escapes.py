# repr() and ascii() of strings with quotes, escapes, and non-printables.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnl\ncr\r", "\x00\x07\x1b\x7f",
          "é", "\u200b", "\U0001F600", "\ud800", "\\", "\x80\x9f\xa0", "日本", "\u2028", "\xad"]:
    print(repr(s), ascii(s), len(s))
print("\N{GREEK SMALL LETTER ALPHA}", "\u03b1" == "\N{greek small letter alpha}", "\x41\101\u0041")
print(r"\n\t", len(r"\n"), "\
continued", 'single' "adjacent" """triple""")
print(str("x"), str(), str(1.5), str([1, "a"]), str(None), str(b"ab"), repr("a'b\"c"))
