# replace with counts, empty patterns, and non-ASCII.
s = "one one one"
print(s.replace("one", "two"), s.replace("one", "two", 1), s.replace("one", "two", 0), s.replace("one", "two", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaa".replace("a", ""))
print("ééé".replace("é", "e"), "日本".replace("本", "本本"), "abc".replace("x", "y"))
print("aaaa".replace("aa", "b"), "banana".replace("ana", "_"))
print(s.replace("one", "1", count=2))
try:
    s.replace(1, "x")
except TypeError as e:
    print(e)
