# str.capitalize applied to a fixed set of sample strings.
samples = ["", "a", "Hello, World", "  padded  ", "MiXeD cAsE 123", "ünïcödé ß", "tab\there", "line1\nline2\r\n", "x" * 3 + "yx", "日本語テキスト"]
argsets = [()]
for s in samples:
    results = []
    for args in argsets:
        try:
            results.append(repr(s.capitalize(*args)))
        except Exception as e:
            results.append(type(e).__name__ + ": " + str(e))
    print(repr(s), "->", " ; ".join(results))
print(str.capitalize.__name__, str.capitalize.__qualname__)
try:
    str.capitalize(5)
except TypeError as e:
    print("TypeError:", e)
