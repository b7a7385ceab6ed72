# typing's TypeVar/ParamSpec/TypeVarTuple/Generic called from Python,
# with the parts CPython delegates to typing.py (_type_check, substitution).
import typing
from typing import TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, Generic
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(typing.TypeVar is TypeVar, typing.Generic.__module__, typing.NoDefault)
T = TypeVar("T")
print(repr(T), T.__module__, TypeVar("U", covariant=True), TypeVar("V", contravariant=True))
X = TypeVar("X", bound=int)
print(X.__bound__, X.__constraints__, X.__default__, X.has_default(), X.__covariant__, X.__infer_variance__, X.evaluate_bound)
t(lambda: TypeVar("X", bound=(int,)))
t(lambda: TypeVar("X", bound="str").__bound__)
t(lambda: TypeVar("X", bound=None).__bound__)
t(lambda: TypeVar("X", int, str, bound=int))
t(lambda: ParamSpec("P", bound=int).__bound__)
print(T | int, int | T, T | None, type(T | int))
P = ParamSpec("P")
print(P.args, P.kwargs, P.args.__origin__ is P)

# Substitution goes through typing's helpers.
t(lambda: T.__typing_subst__(int))
t(lambda: T.__typing_subst__(3))
class A(Generic[T]):
    pass
print(A[int], A.__parameters__, A.__orig_bases__)
t(lambda: A[int, str])
t(lambda: A[()])
class B(A[int]):
    pass
print(B.__parameters__)
t(lambda: B[int])
D = TypeVar("D", default=str)
class WithDefault(Generic[T, D]):
    pass
print(WithDefault[int], WithDefault[int, bytes])
Ts = TypeVarTuple("Ts")
print(list(Ts), *Ts)

# Protocols are generic too.
class Proto(typing.Protocol[T]):
    def meth(self) -> T: ...
print(Proto.__parameters__)
t(lambda: typing.Protocol[()])
t(lambda: typing.Protocol[int])

# PEP 695 syntax with typing-style consumers.
class New[K, V]:
    pass
print(New[int, str], typing.get_args(New[int, str]), typing.get_origin(New[int, str]) is New)
type Alias[Q] = list[Q]
print(Alias[int], typing.get_origin(Alias[int]) is Alias)

# Substituting type parameters in aliases and unions.
S = TypeVar("S")
for make in [lambda: list[T][int], lambda: list[int][str], lambda: dict[T, S][int],
             lambda: dict[T, S][int, str, bytes], lambda: dict[T, list[S]][int, str],
             lambda: dict[T, T][int], lambda: (int | T)[str], lambda: (list[T] | T)[str],
             lambda: (int | T)[str, int], lambda: (int | str)[int], lambda: dict[T, D][int],
             lambda: list[T][None], lambda: tuple[T, ...][int], lambda: New[T, S][int, str]]:
    t(make)
