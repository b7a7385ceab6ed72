# base64 on top of binascii and struct: standard, urlsafe, b32/b32hex,
# b16, a85 and b85, encode/decode of files, and decoding errors.
import base64
import binascii


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(" ", type(e).__name__, e)
    else:
        print(" ", r)


data = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(0, 256, 7)), b"\xfb\xff\xfe"]
for d in data:
    print(d)
    print(" ", base64.b64encode(d), base64.urlsafe_b64encode(d), base64.standard_b64encode(d),
          base64.b64encode(d, altchars=b"-_"))
    print(" ", base64.b32encode(d), base64.b32hexencode(d), base64.b16encode(d))
    print(" ", base64.a85encode(d), base64.b85encode(d), base64.a85encode(d, adobe=True),
          base64.b85encode(d, pad=True))
    assert base64.b64decode(base64.b64encode(d)) == d
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(d)) == d
    assert base64.b32decode(base64.b32encode(d)) == d
    assert base64.b32hexdecode(base64.b32hexencode(d)) == d
    assert base64.b16decode(base64.b16encode(d)) == d
    assert base64.a85decode(base64.a85encode(d)) == d
    assert base64.b85decode(base64.b85encode(d)) == d
    assert base64.a85decode(base64.a85encode(d, adobe=True), adobe=True) == d
print(base64.a85encode(b"x" * 60, wrapcol=20), base64.a85encode(b"\0\0\0\0    ", foldspaces=True))
print(base64.encodebytes(b"x" * 100), base64.decodebytes(b"eHh4\neHh4\n"))
print(base64.b64decode("Zm9vYmFy"), base64.b64decode(b"Zm9v YmFy"), base64.b32decode(b"mzxw6===", casefold=True),
      base64.b32decode(b"MZXW6YQ=", map01=b"L"), base64.b16decode(b"666f6f", casefold=True))
attempt(base64.b64decode, b"Zm9v!YmFy", validate=True)
attempt(base64.b64decode, b"Zm9vY")
attempt(base64.b64decode, b"Zm9vYg")
attempt(base64.b32decode, b"MZXW6")
attempt(base64.b32decode, b"MZXW6!==")
attempt(base64.b16decode, b"666")
attempt(base64.b16decode, b"zz")
attempt(base64.b85decode, b"|NsC0~")
attempt(base64.a85decode, b"zz~>x")
attempt(base64.b64encode, "text")
print(base64.z85encode(b"\x86\x4f\xd2\x6f\xb5\x59\xf7\x5b"), base64.z85decode(b"HelloWorld"))
