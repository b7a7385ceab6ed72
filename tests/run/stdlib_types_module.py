# The pure-Python types module (its fallback path): the names it takes
# from internal objects, and its helpers.
import types


def f(a, b=2):
    return a + b


print(types.FunctionType is type(f), types.LambdaType is types.FunctionType)
print(isinstance(f.__code__, types.CodeType))
print(type(types.FunctionType.__code__) is types.GetSetDescriptorType)
print(type(types.FunctionType.__globals__) is types.MemberDescriptorType)
print(repr(types.FunctionType.__code__), repr(types.FunctionType.__globals__))
print(types.FunctionType.__globals__.__get__(f) is globals())
print(types.FunctionType.__defaults__.__get__(f))
print(types.GenericAlias, types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)))
print(types.GenericAlias(list, int) == list[int])
print(types.NoneType, types.EllipsisType, types.NotImplementedType)
print(types.ModuleType("m").__name__, types.MethodType, types.BuiltinFunctionType)


def gen():
    yield 1


print(isinstance(gen(), types.GeneratorType), types.CellType)
C = types.new_class("C", (object,), {}, lambda ns: ns.update(x=1))
print(C.__name__, C.x, types.resolve_bases((int,)))
print(types.prepare_class("D", (object,))[0])

proxy = types.MappingProxyType({"k": 1})
print(proxy["k"], str(proxy), repr(proxy), len(proxy))
try:
    types.MappingProxyType([1])
except TypeError as e:
    print("TypeError:", e)
try:
    types.GenericAlias(list)
except TypeError as e:
    print("TypeError:", e)

ns = types.SimpleNamespace({"a": 1}, b=2)
ns.c = 3
del ns.a
print(ns, ns.__dict__, ns == types.SimpleNamespace(b=2, c=3), type(sys_impl := __import__("sys").implementation) is types.SimpleNamespace)
try:
    ns.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    types.SimpleNamespace({1: 2})
except TypeError as e:
    print("TypeError:", e)
