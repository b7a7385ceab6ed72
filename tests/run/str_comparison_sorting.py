# String ordering is by code point.
words = ["zebra", "Zebra", "apple", "Apple", "äpple", "éclair", "eclair", "_x", "1", "10", "2", ""]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (w.lower(), w)))
print("a" < "aa" < "ab" < "b", "Z" < "a", "é" > "z", "\U0001F600" > "\uffff")
print(min(words), max(words), "abc".__lt__("abd"), "abc" >= "abc")
