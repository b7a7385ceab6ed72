# A hand-written JSON-like serializer and parser round trip.
def dump(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(v, list):
        return "[" + ",".join(dump(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ",".join(dump(k) + ":" + dump(x) for k, x in v.items()) + "}"
    raise TypeError(f"cannot serialize {type(v).__name__}")
def load(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        ws()
        c = s[pos]
        if c == "{":
            pos += 1
            out = {}
            while s[pos] != "}":
                k = value(); ws(); pos += 1
                out[k] = value(); ws()
                if s[pos] == ",":
                    pos += 1
            pos += 1
            return out
        if c == "[":
            pos += 1
            out = []
            while s[pos] != "]":
                out.append(value()); ws()
                if s[pos] == ",":
                    pos += 1
            pos += 1
            return out
        if c == '"':
            pos += 1
            buf = []
            while s[pos] != '"':
                if s[pos] == "\\":
                    pos += 1
                    buf.append({"n": "\n"}.get(s[pos], s[pos]))
                else:
                    buf.append(s[pos])
                pos += 1
            pos += 1
            return "".join(buf)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(s) and s[pos] in "+-0123456789.eE":
            pos += 1
        text = s[start:pos]
        return float(text) if any(ch in text for ch in ".eE") else int(text)
    return value()
doc = {"name": "Taipan", "version": [3, 14], "ok": True, "none": None, "pi": 3.14159, "nested": {"q": 'say "hi"\n', "l": []}}
text = dump(doc)
print(text)
print(load(text) == doc, load(" [1, -2.5e3, \"x\"] "))
try:
    dump({1j: 1})
except TypeError as e:
    print(e)
