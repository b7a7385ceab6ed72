a < b < c
a == b != c is d is not e in f not in g
not a == b
a or b or c
a and b and c
(a or b) and c
