# Raw strings, byte literals, adjacent literal concatenation, escapes.
print(r"C:\new\table", len(r"\n"), r"\\", r'\'', R"\d+")
print(b"\x41\x42", rb"\x41", Br"\n", b"A" b"B", "con" "cat" 'en' """ation""")
print("\a\b\f\n\r\t\v".encode(), "\101\x42\u0043\U00000044\N{LATIN SMALL LETTER E}")
print("\0", repr("\0"), repr("\x7f"), "\'\"", '\'', "\\x41")
print("""line1
line2""", '''it's''', """quote"inside""")
print(len("\
"), "tab\there")
