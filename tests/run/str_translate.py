# str.maketrans and translate.
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t))
t2 = str.maketrans("ab", "AB", "c")
print("abcabc".translate(t2), sorted(t2.items()))
t3 = str.maketrans({"a": "1", "b": None, "c": "ccc", ord("d"): 100})
print("abcd".translate(t3), sorted(t3.items()))
print("hello".translate({ord("l"): None}), "hi".translate({}), "héllo".translate({233: "e"}))
class Table:
    def __getitem__(self, k):
        if k == ord("x"):
            raise LookupError
        return chr(k).upper()
print("axbxc".translate(Table()))
for bad in (("ab", "c"), ({"ab": 1},), ({1: 2}, "x")):
    try:
        str.maketrans(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "a".translate({97: 3.5})
except TypeError as e:
    print(e)
