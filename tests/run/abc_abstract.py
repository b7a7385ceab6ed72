# abc.ABC and abstractmethod.
from abc import ABC, abstractmethod, ABCMeta
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area()}"
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(e)
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "square"
print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
class Reg(metaclass=ABCMeta): pass
Reg.register(int)
print(isinstance(5, Reg), issubclass(bool, Reg), isinstance("s", Reg))
class Proto(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "quack") or NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Proto), isinstance(1, Proto))
