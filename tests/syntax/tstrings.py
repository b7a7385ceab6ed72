name = "x"
t"hello {name}"
t"{name!r:>10}"
t"{name=}"
t"{{}}"
t"""multi
{name}
"""
rt"\n{name}"
Tr"{name}"
t"a" t"b{name}" t"c"
t"{name:{name}}"
