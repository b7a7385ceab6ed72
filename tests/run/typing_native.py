# The native _typing module: constructors called from Python and their
# error messages, NoDefault, _idfunc, Generic without the typing module.
import _typing
from _typing import TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, Generic, NoDefault
print(sorted(n for n in dir(_typing) if not n.startswith("__")))
print(TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, Generic, _typing.ParamSpecArgs, _typing.ParamSpecKwargs)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

T = TypeVar("T")
print(repr(T), T.__module__, T.__bound__, T.__constraints__, T.__default__, T.has_default())
print(TypeVar("U", covariant=True), TypeVar("V", contravariant=True), TypeVar("W", infer_variance=True))
S = TypeVar("S", int, str)
print(S.__constraints__, S.__bound__)
D = TypeVar("D", default=int)
print(D.__default__, D.has_default(), TypeVar("E", default=None).__default__)
t(lambda: TypeVar())
t(lambda: TypeVar(1))
t(lambda: TypeVar("X", int))
t(lambda: TypeVar("X", None))
t(lambda: TypeVar("X", covariant=True, contravariant=True))
t(lambda: TypeVar("X", covariant=True, infer_variance=True))
t(lambda: TypeVar("X", contravariant=1, infer_variance=1))
t(lambda: TypeVar("X", foo=1))
t(lambda: TypeVar("X", name="Y"))
t(lambda: TypeVar(name="Y"))
t(lambda: TypeVar("X", 1, 2, 3))
t(lambda: T.__mro_entries__(()))
t(lambda: T.__reduce__())
t(lambda: T | int)
t(lambda: None | T)
T.custom = 5
print(T.custom)
T.__module__ = "elsewhere"
print(T.__module__)
del T.custom
print(hasattr(T, "custom"))
def del_missing():
    del T.custom
t(del_missing)

P = ParamSpec("P")
print(repr(P), P.args, P.kwargs, P.__bound__, P.__default__, P.has_default(), ParamSpec("Q", covariant=True))
print(P.args.__origin__ is P, P.args == P.args, P.args != P.kwargs, P.args.__hash__, type(P.kwargs))
print(_typing.ParamSpecArgs(P), _typing.ParamSpecKwargs(P) == P.kwargs)
print(ParamSpec("Q", default=[int]).__default__)
t(lambda: ParamSpec())
t(lambda: ParamSpec(1))
t(lambda: ParamSpec("P", int))
t(lambda: ParamSpec("P", covariant=True, contravariant=True))
t(lambda: ParamSpec("P", foo=1))
t(lambda: P | int)

Ts = TypeVarTuple("Ts")
print(repr(Ts), Ts.__name__, Ts.__default__, Ts.has_default(), TypeVarTuple("Us", default=int).__default__)
t(lambda: TypeVarTuple())
t(lambda: TypeVarTuple("Ts", 1))
t(lambda: TypeVarTuple("Ts", bound=int))
t(lambda: Ts.__typing_subst__(int))
t(lambda: Ts.__bound__)

print(NoDefault, type(NoDefault), type(NoDefault)() is NoDefault, NoDefault.__reduce__())
t(lambda: type(NoDefault)(1))
print(_typing._idfunc(42), _typing._idfunc)
t(lambda: _typing._idfunc(1, 2))
t(lambda: _typing._idfunc())

A = TypeAliasType("A", int | str)
print(A, A.__value__, A.__type_params__, A.__parameters__, A.__module__)
G = TypeAliasType("G", list, type_params=(T,))
print(G.__type_params__, G.__parameters__, G[int], G[int].__args__, G | None)
t(lambda: A[int])
t(lambda: TypeAliasType("A", int, type_params=[]))
t(lambda: TypeAliasType("E", int, type_params=())[int])
t(lambda: TypeAliasType("A", int, type_params=(int,)))
t(lambda: TypeAliasType(1, int))
t(lambda: TypeAliasType("A"))
t(lambda: TypeAliasType("A", int, x=1))
t(lambda: TypeAliasType("A", int, int))
t(lambda: setattr(A, "foo", 1))

class Base(Generic[T]):
    pass
print(Base.__parameters__, Base.__orig_bases__, Base.__mro__, Base[int])
class Two(Base[T], Generic[T, S]):
    pass
print(Two.__parameters__, Two[int, str])
class Concrete(Base[int]):
    pass
print(Concrete.__parameters__)
t(lambda: Generic[int])
t(lambda: Generic[()])
t(lambda: Generic[T, T])
t(lambda: Generic[T, P])
t(lambda: Base[int, str])
t(lambda: Concrete[int])
def plain():
    class C(Generic): pass
t(plain)
def twice():
    class C(Generic[T], Generic[S]): pass
t(twice)
def unlisted():
    class C(Base[T], Generic[S]): pass
t(unlisted)
t(lambda: type(Generic()))
class Mixed(Generic[T, S], Base[T]):
    pass
print(Mixed.__bases__, Mixed.__parameters__, Mixed.__mro__)
class WithList(Generic[T], list[T]):
    pass
print(WithList.__bases__, WithList.__parameters__, WithList([1, 2]))
class Kw(Generic[T]):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
class KwSub(Kw[int], flag=1):
    pass
print(KwSub.__parameters__)

# PEP 696 ordering of defaults, checked when the Generic alias is made.
Dflt = TypeVar("Dflt", default=int)
t(lambda: Generic[Dflt, T])
def tuple_then_default():
    class A[*Ts, T = int]: pass
t(tuple_then_default)
print(Generic[T, Dflt], Generic[T, Dflt].__origin__ is Generic, Generic[T, Dflt].__args__)

# __type_params__ of classes: their own, never inherited.
class Own[X]: pass
class Inherits(Own[int]): pass
print(Own.__type_params__, Inherits.__type_params__, int.__type_params__, type.__type_params__, object.__type_params__)

# evaluate_* of eagerly given values: const evaluators.
C = TypeVar("C", list[int], str)
e = C.evaluate_constraints
print(e, type(e), type(e).__module__, e(1), e(2), e(3), e(4))
S2 = TypeVar("S2", int, None, default=...)
print(S2.evaluate_constraints(4), S2.evaluate_default, S2.evaluate_default(1), S2.evaluate_default(4))
print(TypeVar("U2", int, "x").evaluate_constraints(4), TypeVar("U3", t, Generic).evaluate_constraints(4))
A2 = TypeAliasType("A2", int | None)
print(A2.evaluate_value, A2.evaluate_value(1), A2.evaluate_value(4))
print(ParamSpec("P2", default=[int]).evaluate_default(4), TypeVarTuple("Ts2", default=int).evaluate_default(4))
for args in [(), ("x",), (1, 2), (1.5,)]:
    t(lambda: e(*args))
t(lambda: e(format=1))
print(e == C.evaluate_constraints, TypeVar("V").evaluate_bound, TypeVar("V").evaluate_default, TypeVar("V").evaluate_constraints)
def syntax[N, M = int](): pass
N, M = syntax.__type_params__
print(N.evaluate_default, N.evaluate_bound, N.evaluate_constraints, M.evaluate_default.__name__, M.evaluate_default(1))

# _typing.Union: subscription builds unions; parameters are collected.
Union = _typing.Union
for args in [(int, str), int, (), (int, None), None, (int, int), (int, str | bytes), (T, int), (list[int], list[int])]:
    t(lambda: Union[args])
print(Union[T, int].__parameters__, (int | T).__parameters__, (list[T] | dict[S, T]).__parameters__)
print(Union[int, str] == Union[str, int], Union[int, None] == int | None, type(Union[int, str]) is Union)
