# PEP 709: a comprehension inlined into a class body whose nested scopes
# use the class's implicit cells (__class__ through a lambda or super()).
class Plain:
    res = [lambda: __class__ for _ in [1]]


class Methods:
    def direct(self):
        return [__class__ for x in range(2)]

    def nested(self):
        return [(lambda: __class__)() for x in range(2)]

    def through_super(self):
        return [super().__init__ for x in range(1)]


class Both:
    res = [lambda: super() for _ in [1]]

    def m(self):
        return __class__
