# partition and rpartition.
for s in ("key=value", "key=val=ue", "novalue", "=", "", "a==b"):
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
try:
    "abc".partition("")
except ValueError as e:
    print(e)
try:
    "abc".rpartition(None)
except TypeError as e:
    print(e)
