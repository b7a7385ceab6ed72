# Name mangling of __private attributes.
class A:
    def __init__(self):
        self.__secret = "A-secret"
        self._protected = "prot"
    def reveal(self):
        return self.__secret
    def __private_method(self):
        return "private method"
    def call(self):
        return self.__private_method()
class B(A):
    def __init__(self):
        super().__init__()
        self.__secret = "B-secret"
    def reveal_b(self):
        return self.__secret
b = B()
print(b.reveal(), b.reveal_b(), sorted(vars(b)), b.call(), b._A__secret)
try:
    b.__secret
except AttributeError as e:
    print(e)
print(hasattr(A, "_A__private_method"), hasattr(A, "__private_method"))
class _Under:
    def m(self):
        self.__x = 1
        return vars(self)
print(_Under().m())
class Dunder:
    __not_mangled__ = 1
print(Dunder.__not_mangled__)
def outside(obj):
    return getattr(obj, "__secret", "not found")
print(outside(b))
