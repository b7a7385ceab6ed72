# bytes methods mirror str methods.
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" H"), b.upper(), b.lower(), b.swapcase(), b.title())
print(b.split(), b.split(b","), b"a,b,c".rsplit(b",", 1), b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(True))
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"), b.find(111), b.count(108))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b"-".join([b"a", b"b", bytearray(b"c")]))
print(b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"c")), b"key=val".partition(b"="), b"a=b=c".rpartition(b"="))
print(b"abc".center(9, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"42".zfill(5), b"a\tb".expandtabs(4))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" ".isspace(), b"AB".isupper(), b"ab".islower(),
      b"Ab Cd".istitle(), b"\x80".isascii(), b"hello world".capitalize())
print(b"hello".translate(bytes.maketrans(b"el", b"ip")), b"hello".translate(None, b"l"))
print(b"caf\xc3\xa9".decode(), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"))
print(b"%d %s %r %x %c" % (1, b"s", b"r", 255, 65), b"%(a)s" % {b"a": b"v"}, b"%5.1f|" % 2.25)
try:
    b"%s" % "str"
except TypeError as e:
    print(e)
try:
    b"abc".split(b"")
except ValueError as e:
    print(e)
try:
    b"x".join(["a"])
except TypeError as e:
    print(e)
try:
    b"abc".index(b"z")
except ValueError as e:
    print(e)
print(b"ab".__mod__ if False else "ok", bytes.fromhex("") == b"", b"A".lower() + b"b".upper())
