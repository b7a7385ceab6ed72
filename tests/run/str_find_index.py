# find, rfind, index, rindex, count with start/end.
s = "abracadabra"
for sub in ("a", "bra", "cad", "z", "", "abracadabra", "abracadabrax"):
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
print(s.find("a", 1), s.find("a", 1, 3), s.find("a", -4), s.find("a", 100), s.find("", 11), s.find("", 12))
print(s.rfind("a", 0, 5), s.rfind("bra", -8, -1), s.count("a", 2, -2), s.count("", 3, 5))
print(s.index("c"), s.rindex("a"), s.index("a", 5), s.find("a", None, None))
for args in (("z",), ("a", 11), ("bra", 2, 4)):
    try:
        s.index(*args)
    except ValueError as e:
        print("index", args, e)
    try:
        s.rindex(*args)
    except ValueError as e:
        print("rindex", args, e)
try:
    s.find(1)
except TypeError as e:
    print(e)
print("aaaa".count("aa"), "ééé".find("é", 1), "日本語日本".rfind("日本"), "x".find("x", -100))
print("a" in s, "cad" in s, "" in s, "dab" not in s)
try:
    1 in "abc"
except TypeError as e:
    print(e)
