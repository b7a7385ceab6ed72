# Subclassing float.
class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, round(v, 1))
    def __repr__(self):
        return f"{float(self)}°C"
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(21.456)
print(c, repr(c), c.to_f(), type(c + 1).__name__, type(c.to_f()).__name__, isinstance(c, float))
print(c == 21.5, c < 22, hash(c) == hash(21.5), float(c), int(c), round(c))
class F(float):
    pass
print(type(F(1.5) * 2).__name__, type(-F(1.5)).__name__, F("2.5"), F.fromhex("0x1p1"), type(F.fromhex("0x1p1")).__name__)
print(F(1.5).is_integer(), F(2.0).as_integer_ratio(), F(3).hex())
