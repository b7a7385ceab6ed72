...
a.b.c
from .. import x
from ... import y
1..real
