# PEP 695/696 objects at run time: reprs, __type_params__, lazy bounds,
# defaults and alias values, Generic subclassing and subscription.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def ident[T](x: T) -> T:
    return x
(T,) = ident.__type_params__
print(ident(4), T, repr(T), type(T).__name__, type(T).__module__, T.__name__, T.__module__)
print(T.__bound__, T.__constraints__, T.__default__, T.has_default())
print(T.__covariant__, T.__contravariant__, T.__infer_variance__, T.evaluate_bound, T.evaluate_default)

# Bounds and constraints are evaluated on first use, so forward references work.
def fwd[B: Later, C: (Later, int)](): pass
B, C = fwd.__type_params__
t(lambda: B.__bound__)
class Later: pass
print(B.__bound__, C.__constraints__, B.evaluate_bound.__name__, B.evaluate_bound(1))

calls = []
def bound_value():
    calls.append(1)
    return str
def counted[X: bound_value()](): pass
(X,) = counted.__type_params__
print(len(calls), X.__bound__, X.__bound__, len(calls))

# PEP 696 defaults.
def dflt[*Ts, A = int, **P = [bytes]](): pass
Ts, A, P = dflt.__type_params__
print(A.__default__, Ts.__default__, P.__default__, A.has_default(), Ts.has_default(), P.has_default())
print(repr(Ts), repr(P), P.args, P.kwargs, type(P.args).__name__, P.args.__origin__ is P, P.args == P.args, P.args == P.kwargs)
print(Ts.__name__, P.__name__, P.__bound__, P.__infer_variance__)

class Box[T, *Ts, **P]:
    def __init__(self, v: T):
        self.v = v
print(Box.__type_params__, Box.__parameters__, Box.__bases__, Box.__mro__)
print(Box.__type_params__[0] is not T, Box(3).v)
print(type(Box.__orig_bases__[0]).__name__ != "Box", Box.__orig_bases__[0].__origin__)

class Pair[K, V]:
    pass
print(Pair[int, str], Pair[int, str].__origin__ is Pair, Pair[int, str].__args__)
t(lambda: Pair[int])
t(lambda: Pair[int, str, bytes])
class Sub(Pair[int, str]):
    pass
print(Sub.__bases__, Sub.__parameters__)
t(lambda: Sub[int])
class Half[Q](Pair[Q, int]):
    pass
print(Half.__parameters__, Half.__orig_bases__)

class WithDefault[T1, T2 = str]:
    pass
print(WithDefault[int], WithDefault[int, bytes])
t(lambda: WithDefault[()])

# Type aliases: lazy values, forward references, subscription.
type Num = int | float
print(Num, repr(Num), type(Num).__name__, Num.__name__, Num.__module__, Num.__value__, Num.__type_params__, Num.__parameters__)
type Tree[L] = L | list[Tree[L]]
print(Tree.__value__, Tree.__type_params__, Tree[int], Tree[int].__origin__ is Tree, Tree[int].__args__)
t(lambda: Num[int])
type Undefined = NotYetDefined
t(lambda: Undefined.__value__)
NotYetDefined = bytes
print(Undefined.__value__, Undefined.evaluate_value(1))
print(Num | None, int | Num, T | int, int | T)
type Bounded[N: int = bool] = list[N]
(N,) = Bounded.__type_params__
print(N.__bound__, N.__default__, Bounded[str])
t(lambda: setattr(Num, "__value__", 3))
t(lambda: setattr(T, "__name__", "U"))
t(lambda: ident.__type_params__.__class__)
def set_tp():
    ident.__type_params__ = [1]
t(set_tp)
ident.__type_params__ = ()
print(ident.__type_params__)
t(lambda: Num.__reduce__())
t(lambda: T.__reduce__())

# Class type params are visible in the class body and methods, not outside.
class Scope[S]:
    attr = S
    def get(self):
        return S
print(Scope.attr, Scope().get(), Scope.attr is Scope.__type_params__[0])
t(lambda: S)

def bad_subclass():
    class Z(T): pass
t(bad_subclass)
def bad_subclass2():
    class Z(P.args): pass
t(bad_subclass2)

# Aliases mention their parameters; classes built on them collect them.
class Node[T]:
    pass
print(list[T].__parameters__, dict[str, list[T]].__parameters__, Node[T].__parameters__, (list[int] | T))
class Both[K, V](Node[K]):
    pass
print(Both.__parameters__, Both.__orig_bases__, Both.__mro__)

# Calling a subscripted generic class records the alias on the instance.
class Holder[H]:
    pass
h = Holder[int]()
print(type(h).__name__, h.__orig_class__, h.__orig_class__.__args__, list[type(None)])
class Slotted[H]:
    __slots__ = ()
print(hasattr(Slotted[int](), "__orig_class__"))
