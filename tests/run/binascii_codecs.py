# binascii: hex, base64 (lenient and strict), uu, quoted-printable, CRCs,
# argument types and binascii.Error / Incomplete.
import binascii


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(" ", type(e).__name__, e)
    else:
        print(" ", r)


print(binascii.Error.__mro__[1:], binascii.Incomplete.__mro__[1:], binascii.Error.__module__)

print("hex")
for data in [b"", b"\x00\xff", b"hello world", bytearray(b"abc"), memoryview(b"xyz")]:
    print(binascii.hexlify(data), binascii.b2a_hex(data))
print(binascii.hexlify(b"abcdef", "-"), binascii.hexlify(b"abcdef", b":", 2),
      binascii.hexlify(b"abcdef", "_", -4), binascii.b2a_hex(b"abcde", sep=" ", bytes_per_sep=2))
attempt(binascii.hexlify, b"abc", "xx")
attempt(binascii.hexlify, "abc")
for text in ["616263", b"00FFaa", "", "abc", "zz", "0g", "éé", 1, bytearray(b"4142")]:
    attempt(binascii.unhexlify, text)
print(binascii.a2b_hex(b"7a7A"))

print("base64")
for data in [b"", b"a", b"ab", b"abc", b"abcd", bytes(range(256))[:70]]:
    print(binascii.b2a_base64(data), binascii.b2a_base64(data, newline=False))
cases = [b"", b"YQ==", b"YQ=", b"YQ", b"Y", b"YWJj", b"YW Jj\n", b"YQ==YQ==", b"=YQ==",
         b"YQ=a=", b"Y===", b"YWJjZ", b"YWJ=jZA==", b"YQ==\n", b"YQ===", b"YWI=", b"YWI",
         b"!!!!", b"YQ=\n=", b"YW==", b"YR==", b"YWJjYQ", b"YWJj=", b"Y=Q==", b"YQ==Y",
         b"YQ==YQ", b"=", b"YQ==!", b"YWJ=Z", "YWJj", "YWJ\u00e9"]
for c in cases:
    for strict in (False, True):
        attempt(binascii.a2b_base64, c, strict_mode=strict)
attempt(binascii.a2b_base64, 5)
attempt(binascii.b2a_base64, "text")
attempt(binascii.b2a_base64, b"x", bogus=1)

print("uu")
for data in [b"", b"a", b"ab", b"abc", b"abcd", b"x" * 45]:
    enc = binascii.b2a_uu(data)
    print(enc, binascii.b2a_uu(data, backtick=True), binascii.a2b_uu(enc))
attempt(binascii.b2a_uu, b"x" * 46)
for line in [b" \n", b"!80\n", b'"86)C\n', b"#86)C\n", b"!80  \n", b"!80xx\n", b"",
             b"`\n", b"!80", b"!\x7f0\n", b"#86)CX\n", b"#86\n", b"!```\n", "!80\n"]:
    attempt(binascii.a2b_uu, line)

print("qp")
samples = [b"hello", b"a=b", b"tab\tend\t", b"space end \nnext", b"crlf \r\nline\r\n",
           b"." , b".\nx", b"\x00\x01\xff", b"x" * 100, b"under_score and space",
           b"y" * 75 + b"\n" + b"z" * 80]
for s in samples:
    for args in [(), (True,), (False, False), (False, True, True)]:
        e = binascii.b2a_qp(s, *args)
        print(args, e, binascii.a2b_qp(e, header=len(args) == 3))
for s in [b"=41=42", b"soft=\nbreak", b"soft=\r\nbreak", b"==", b"=4", b"=zz", b"a_b", b"="]:
    print(s, binascii.a2b_qp(s), binascii.a2b_qp(s, header=True))

print("crc")
for data in [b"", b"hello", b"The quick brown fox", bytes(range(256))]:
    print(binascii.crc32(data), binascii.crc32(data, 12345), binascii.crc32(data, -1),
          binascii.crc_hqx(data, 0), binascii.crc_hqx(data, 0xFFFF), binascii.crc_hqx(data, 0x1FFFF))
print(binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b"hello world"))
print(binascii.crc32(b"a", 2**40), binascii.crc32(b"a", -2**40))
attempt(binascii.crc32, "text")
attempt(binascii.crc32)
attempt(binascii.crc_hqx, b"x")
attempt(binascii.crc32, b"x", 1.5)
