assert x
assert x, "msg"
pass
...
x = ...
Ellipsis
None
True
False
