# Single-byte codecs: latin-1 maps all 256 bytes; cp1252 has holes.
allbytes = bytes(range(256))
text = allbytes.decode("latin-1")
print(len(text), text.encode("latin-1") == allbytes, repr(text[0x80:0x84]))
print("€".encode("cp1252"), b"\x80\x99".decode("cp1252"))
try:
    b"\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print(e)
print(b"\x81".decode("cp1252", "replace"), "Ā".encode("latin-1", "replace"), "Ā".encode("latin-1", "xmlcharrefreplace"))
print("naïve".encode("ascii", "ignore"), "naïve".encode("ascii", "backslashreplace").decode())
