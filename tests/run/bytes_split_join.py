# bytes splitting, joining and searching.
data = b"alpha,beta,,gamma"
print(data.split(b","), data.split(b",", 1), data.rsplit(b",", 2), b" a  b ".split(), b"".split())
print(b"|".join([b"x", b"y"]), b"".join([bytearray(b"a"), memoryview(b"b")]))
print(data.find(b"beta"), data.index(b","), data.rfind(b","), data.count(b","), b"beta" in data, 97 in data)
print(data.startswith(b"alp"), data.endswith(b"ma"), data.partition(b",,"), data.upper(), data.title())
print(b"a\r\nb\nc".splitlines(), b"  pad  ".strip(), b"xxhixx".strip(b"x"))
lines = b"one\ntwo\n".splitlines(keepends=True)
print(lines, [l.decode() for l in lines])
