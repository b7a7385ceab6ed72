# tokenize's generators over _tokenize.TokenizerIter: the tokens before an
# error come first, then the error as tokenize rewords it (TokenError with
# (line, column)), IndentationError passed through.
import io
import tokenize


def run(src):
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            print(tokenize.tok_name[tok.exact_type], repr(tok.string), tok.start, tok.end, repr(tok.line))
    except tokenize.TokenError as e:
        print("TokenError", e.args)
    except IndentationError as e:
        print("IndentationError", e.msg, e.lineno, e.offset)
    print("--")


run("x = (1,\n2\n")
run('s = """abc\n\n')
run("if x:\n    y\n  z\n")
run("x = 'abc\n")
run("a = [\n")
run("def f():\n\treturn 1 if x else \\\n\t\t2\n")

# tokenize.tokenize: bytes lines, ENCODING first.
src = "# -*- coding: latin-1 -*-\nname = 'caf\xe9'\n".encode("latin-1")
for tok in tokenize.tokenize(io.BytesIO(src).readline):
    print(tok)

# Round trip of a real module through generate_tokens and untokenize.
import textwrap

with open(textwrap.__file__, encoding="utf-8") as f:
    text = f.read()
toks = list(tokenize.generate_tokens(io.StringIO(text).readline))
print(len(toks), tokenize.untokenize(toks) == text)
print(toks[:3])
print(toks[-3:])
