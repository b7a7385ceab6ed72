# Word frequencies, n-grams and simple text transforms with builtins only.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(len(words), len(freq), top)
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[a, b] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print(max(words, key=len), sorted({len(w) for w in words}), sum(map(len, words)) / len(words))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world")
print(caesar, "".join(reversed("palindrome")), "racecar" == "racecar"[::-1])
vowels = sum(text.lower().count(v) for v in "aeiou")
print(vowels, text.count("\n"), text.title().split()[:5])
