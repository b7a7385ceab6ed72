"a"
'b'
u"c"
U'd'
r"\n"
R'\d'
b"bytes"
B'x'
br"\x"
Rb"y"
bR'z'
rB"w"
"""triple"""
'''triple2'''
b"""triple bytes"""
"implicit" "concat"
u"u" "plain"
"plain" u"u"
b"a" b"b"
"esc\tapes\n\\\'\"\a\b\f\v\0\x41\101\u00e9\U0001F600\N{EM DASH}"
b"\x00\xff\n"
"\
continued"
