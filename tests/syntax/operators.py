a + b - c * d / e // f % g ** h @ i
a << b >> c & d | e ^ f
~a
-a
+a
not a
a and b or c and not d
a < b <= c > d >= e == f != g
a is b is not c in d not in e
-a ** -b
a if b else c if d else e
(a)
a.b.c[d](e)[f:g:h]
a[::]
a[:]
a[1:]
a[:, 1]
a[...]
