# A small arithmetic tokenizer, recursive-descent parser and evaluator.
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j])))
            i = j
        elif c in "+-*/()^":
            tokens.append(("op", c))
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r} at {i}")
    return tokens
class Parser:
    def __init__(self, tokens):
        self.t, self.i = tokens, 0
    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else (None, None)
    def take(self):
        tok = self.peek()
        self.i += 1
        return tok
    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            v = v + self.term() if self.take()[1] == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek()[1] in ("*", "/"):
            v = v * self.factor() if self.take()[1] == "*" else v / self.factor()
        return v
    def factor(self):
        b = self.unary()
        if self.peek()[1] == "^":
            self.take()
            return b ** self.factor()
        return b
    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return -self.unary()
        kind, val = self.take()
        if val == "(":
            v = self.expr()
            self.take()
            return v
        return val
for src in ("1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "2.5 * (3 - -1)", "7 / 0", "3 $ 4"):
    try:
        print(src, "=", Parser(tokenize(src)).expr())
    except (ZeroDivisionError, SyntaxError) as e:
        print(src, "->", type(e).__name__, e)
