# traceback and tokenize, which stand on codecs (tokenize detects source
# encodings; traceback reads source lines through linecache).
import tokenize
import traceback


def fail(n):
    return 1 / n


try:
    fail(0)
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text.splitlines()[0], "|", text.splitlines()[-1])
    print(len(traceback.extract_tb(__import__("sys").exc_info()[2])))
print(traceback.format_exception_only(ValueError("bad value")))

source = ["x = 'caf\xe9' + 1\n", "if x:\n", "    y = (1,\n", "         2)  # note\n"]
for tok in tokenize.generate_tokens(iter(source).__next__):
    print(tokenize.tok_name[tok.type], repr(tok.string), tok.start, tok.end)

lines = [b"# -*- coding: latin-1 -*-\n", b"x = 1\n"]
print(tokenize.detect_encoding(iter(lines).__next__))
print(tokenize.detect_encoding(iter([b"\xef\xbb\xbfx = 1\n"]).__next__))
try:
    tokenize.detect_encoding(iter([b"# coding: nope\n"]).__next__)
except SyntaxError as e:
    print("SyntaxError", e)
