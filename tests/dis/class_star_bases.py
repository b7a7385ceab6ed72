bases = ()
class C(*bases, **{}):
    pass
