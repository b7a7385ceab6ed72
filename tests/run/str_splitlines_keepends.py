# Text processing: splitting into lines and words, counting, and rejoining.
text = """The quick brown fox
jumps over the lazy dog.

The end.
"""
lines = text.splitlines()
print(len(lines), lines)
print(text.splitlines(True)[-1] == "The end.\n", "".join(text.splitlines(keepends=True)) == text)
words = text.split()
print(len(words), words[:4], max(words, key=len))
freq = {}
for w in words:
    w = w.strip(".").lower()
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print([l.title() for l in lines if l])
print("\n".join(reversed(lines)).strip())
