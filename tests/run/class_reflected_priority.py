# A subclass's reflected method wins over the base class's forward method.
class Base:
    def __add__(self, o): return "Base.__add__"
    def __radd__(self, o): return "Base.__radd__"
    def __lt__(self, o): return "Base.__lt__"
    def __gt__(self, o): return "Base.__gt__"
class Sub(Base):
    def __radd__(self, o): return "Sub.__radd__"
    def __gt__(self, o): return "Sub.__gt__"
print(Base() + Sub(), Sub() + Base(), Base() + Base())
print(Base() < Sub(), Sub() < Base())
class NoOverride(Base): pass
print(Base() + NoOverride())
class Left:
    def __add__(self, o): return NotImplemented
class Right:
    def __radd__(self, o): return "Right.__radd__"
print(Left() + Right())
class Both:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    Both() + Both()
except TypeError as e:
    print(e)
print(1 + Right(), "s" + Right())
