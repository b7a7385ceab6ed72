# tokenize over the codecs: generate_tokens from a readline (a list
# iterator's __next__, no io), and source encoding detection.
import tokenize

source = ["x = 'caf\xe9' + 1\n", "if x:\n", "    y = (1,\n", "         2)  # note\n",
          's = """a\n', 'b"""\n', 'f"{x!r:>{w}}"\n']
for tok in tokenize.generate_tokens(iter(source).__next__):
    print(tok)
    print("   ", tokenize.tok_name[tok.exact_type])
print(tokenize.untokenize(tokenize.generate_tokens(iter(source).__next__)) == "".join(source))

print(tokenize.detect_encoding(iter([b"# -*- coding: latin-1 -*-\n", b"x = 1\n"]).__next__))
print(tokenize.detect_encoding(iter([b"\xef\xbb\xbfx = 1\n"]).__next__))
print(tokenize.detect_encoding(iter([b"#!/usr/bin/python\n", b"# vim: set fileencoding=koi8-r :\n"]).__next__))
try:
    tokenize.detect_encoding(iter([b"# coding: nope\n"]).__next__)
except SyntaxError as e:
    print("SyntaxError", e)
lines = iter(["# -*- coding: cp1252 -*-\n".encode(), "s = '\u20ac'\n".encode("cp1252")])
for tok in tokenize.tokenize(lines.__next__):
    print(tokenize.tok_name[tok.type], repr(tok.string))
