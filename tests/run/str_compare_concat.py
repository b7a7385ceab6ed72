# Comparison, concatenation, repetition, min/max of strings.
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z", "Z" < "a")
print("abc" == "abc", "abc" != "ABC", "a" * 3, 3 * "ab", "x" * 0, "x" * -1, "ab" + "cd")
print(sorted(["banana", "Apple", "cherry", "apple", "Äpfel", "äpfel", "_", "1"]))
print(max("hello"), min("hello"), max(["aa", "b"]), "b" > "aa")
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    "a" * 1.5
except TypeError as e:
    print(e)
try:
    "a" < 1
except TypeError as e:
    print(e)
s = ""
for i in range(5):
    s += str(i)
print(s, "%s" % s, s.__add__("!"), s.__mul__(2), s.__rmul__(2))
try:
    "x" * (2 ** 62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
print("abc".__lt__("abd"), "abc".__eq__(1), "abc".__hash__() == hash("abc"))
