class C:
    pass
c = C()
c.x: int = 1
d = {}
d['k']: int = 2
