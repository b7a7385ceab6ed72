# Property patterns: lazy computation, validation, inheritance and overriding.
class Circle:
    def __init__(self, r):
        self.radius = r
        self._area = None
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, v):
        if v < 0:
            raise ValueError(f"radius must be >= 0, got {v}")
        self._r = v
        self._area = None
    @property
    def area(self):
        if self._area is None:
            print("computing area")
            self._area = 3 * self._r ** 2
        return self._area
c = Circle(2)
print(c.area, c.area)
c.radius = 3
print(c.area)
try:
    c.radius = -1
except ValueError as e:
    print(e)
class Base:
    @property
    def label(self):
        return "base"
class Override(Base):
    label = "plain attribute"
class Extend(Base):
    @property
    def label(self):
        return "extended " + super().label
print(Override().label, Extend().label, Base.label.__class__.__name__)
class ReadOnly:
    x = property(lambda self: 42)
r = ReadOnly()
try:
    r.x = 1
except AttributeError as e:
    print(e)
print(r.x, vars(r))
