def f(a):
    a
    a.b
    a()
    1
    'doc?'
