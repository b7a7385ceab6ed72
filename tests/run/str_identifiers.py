# str.isidentifier and keyword-related checks.
for s in ("abc", "_", "__init__", "a1", "1a", "", "with space", "ñandú", "変数", "x-y", "class", "None", "ℕ", "a\u0300"):
    print(repr(s), s.isidentifier())
import keyword
print(keyword.iskeyword("class"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.issoftkeyword("type"))
print(len(keyword.kwlist), keyword.kwlist[:5], sorted(keyword.softkwlist))
