# Each built-in codec both ways through str.encode/bytes.decode and _codecs,
# with the (result, consumed) tuples the codec functions answer.
import codecs

SAMPLES = ["", "abc", "h\xe9llo", "\u20ac uro", "emoji \U0001f600!", "tab\tnl\nq'\"\\"]
ENCODINGS = ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
             "utf-32-be", "utf-7", "unicode_escape", "raw_unicode_escape", "utf-8-sig",
             "UTF8", "Utf_16LE", "U8", "utf"]

for enc in ENCODINGS:
    for s in SAMPLES:
        b = s.encode(enc)
        back = b.decode(enc)
        print(enc, repr(s), b, back == s)

for enc in ["latin-1", "iso8859-1", "ascii", "us-ascii", "cp1252", "koi8_r", "mac_roman",
            "cp437", "iso8859_15", "cp850"]:
    for s in ["abc", "h\xe9llo"]:
        try:
            b = s.encode(enc)
            print(enc, repr(s), b, b.decode(enc) == s)
        except UnicodeError as e:
            print(enc, repr(s), type(e).__name__, e)

print(codecs.utf_8_encode("h\xe9"), codecs.utf_8_decode(b"h\xc3\xa9"))
print(codecs.utf_16_encode("a"), codecs.utf_16_encode("a", None, 1), codecs.utf_16_encode("a", None, -1))
print(codecs.utf_32_encode("a"), codecs.utf_32_le_encode("a"), codecs.utf_32_be_encode("a"))
print(codecs.utf_16_ex_decode(b"a\x00", "strict", 0, True))
print(codecs.utf_16_ex_decode(b"\xff\xfea\x00", "strict", 0, True))
print(codecs.utf_16_ex_decode(b"\xfe\xff\x00a", "strict", 0, True))
print(codecs.utf_16_ex_decode(b"\xff", "strict", 0, False))
print(codecs.utf_32_ex_decode(b"\x00\x00\xfe\xff\x00\x00\x00a", "strict", 0, True))
print(codecs.utf_16_decode(b"\xff\xfea\x00b", "strict", False))
print(codecs.utf_16_le_decode(b"a\x00=\xd8", "strict", False))
print(codecs.utf_32_decode(b"\xff\xfe\x00\x00a\x00\x00", "strict", False))
print(codecs.latin_1_encode("\xff"), codecs.latin_1_decode(b"\xff"))
print(codecs.ascii_encode("ab"), codecs.ascii_decode(b"ab"))
print(codecs.utf_7_encode("a+b\u20ac~!"), codecs.utf_7_decode(b"+AKM-x+", "strict", False))
print(codecs.utf_7_encode("".join(map(chr, range(128)))))
print(codecs.utf_7_decode(b"+2D3eAA-"), codecs.utf_7_encode("\U0001f600"), codecs.utf_7_encode("\ud800a"))
print(codecs.utf_7_decode(b"+2D3", "strict", False), codecs.utf_7_decode(b"a+AKM", "strict", False))
print(codecs.utf_7_decode(b"+AAA", "strict", True), codecs.utf_7_decode(b"+2D3", "replace", True))
print(codecs.unicode_escape_encode("a\\\t\n\r'\"\x7f\xe9\u20ac\U0001f600\ud800"))
print(codecs.raw_unicode_escape_encode("a\\\t\xe9\u20ac\U0001f600\ud800"))
print(codecs.unicode_escape_decode(b"\\x41\\u20ac\\U0001f600\\N{LATIN SMALL LETTER A}\\101\\\n!"))
print(codecs.unicode_escape_decode("\\x41"), codecs.unicode_escape_decode(b"\\x4", "strict", False))
print(codecs.raw_unicode_escape_decode(b"a\\", "strict", True), codecs.raw_unicode_escape_decode(b"a\\", "strict", False))
print(codecs.raw_unicode_escape_decode(b"\\\\u0041"), codecs.raw_unicode_escape_decode(b"\\\\\\u0041"))
print(codecs.raw_unicode_escape_decode(b"\\u00", "strict", False), codecs.raw_unicode_escape_decode(b"\\x"))
print(codecs.escape_encode(b"a\n'\x00\x80\\\""), codecs.escape_decode(b"\\x41\\n\\0\\\n\\t"))
print(codecs.escape_decode("\\x41\xe9"), codecs.escape_decode(b"\\x4", "replace"), codecs.escape_decode(b"\\x4", "ignore"))
print(codecs.readbuffer_encode(b"ab"), codecs.readbuffer_encode("ab"))
print(str(b"h\xc3\xa9", "utf-8"), str(b"h\xe9", encoding="latin-1"), bytes("h\xe9", "utf-16-le"))
print(bytearray(b"h\xc3\xa9").decode(), bytearray("\u20ac", "cp1252"))
