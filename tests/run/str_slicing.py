# Indexing and slicing strings, including non-ASCII.
s = "Hello, wörld! 日本語"
print(s[0], s[-1], s[7], s[8], s[-3:], s[:5], s[::2], s[::-1], s[3:-3], s[100:], s[-100:2])
print(s[1:10:3], s[10:1:-2], s[::-3], s[5:5], repr(s[6:2]), len(s))
for i in (20, -21):
    try:
        s[i]
    except IndexError as e:
        print(i, e)
try:
    s["a"]
except TypeError as e:
    print(e)
try:
    s[1] = "x"
except TypeError as e:
    print(e)
try:
    s[::0]
except ValueError as e:
    print(e)
print(s[slice(2, 8)], s[slice(None, None, -4)], s[True], "abc"[1.0 if False else 1])
print("".join(reversed(s)) == s[::-1], [c for c in "añb"], list(iter("xy")))
print(s.__getitem__(0), s.__len__(), s.__contains__("wö"))
