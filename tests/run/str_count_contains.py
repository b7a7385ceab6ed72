# str.count, in, and non-overlapping semantics.
s = "aaaaa"
print(s.count("a"), s.count("aa"), s.count("aaa"), s.count(""), s.count("", 2), s.count("a", 1, 3), s.count("b"))
print("ab" in "cabd", "" in "", "é" in "café", "\u0301" in "cafe\u0301", "AB" in "ab")
print("banana".count("an"), "banana".count("ana"), "".count(""), "abc".count("", 10))
text = "the quick brown fox jumps over the lazy dog the end"
print(text.count("the"), text.count(" "), text.split().count("the"))
