# str.ljust applied to a fixed set of sample strings.
samples = ["", "a", "Hello, World", "  padded  ", "MiXeD cAsE 123", "ünïcödé ß", "tab\there", "line1\nline2\r\n", "x" * 3 + "yx", "日本語テキスト"]
argsets = [(12,), (12, '.')]
for s in samples:
    results = []
    for args in argsets:
        try:
            results.append(repr(s.ljust(*args)))
        except Exception as e:
            results.append(type(e).__name__ + ": " + str(e))
    print(repr(s), "->", " ; ".join(results))
print(str.ljust.__name__, str.ljust.__qualname__)
try:
    str.ljust(5)
except TypeError as e:
    print("TypeError:", e)
