# str.endswith applied to a fixed set of sample strings.
samples = ["", "a", "Hello, World", "  padded  ", "MiXeD cAsE 123", "ünïcödé ß", "tab\there", "line1\nline2\r\n", "x" * 3 + "yx", "日本語テキスト"]
argsets = [('d',), (('x', 'd'),), ('', 3), ('l', 0, 4)]
for s in samples:
    results = []
    for args in argsets:
        try:
            results.append(repr(s.endswith(*args)))
        except Exception as e:
            results.append(type(e).__name__ + ": " + str(e))
    print(repr(s), "->", " ; ".join(results))
print(str.endswith.__name__, str.endswith.__qualname__)
try:
    str.endswith(5)
except TypeError as e:
    print("TypeError:", e)
