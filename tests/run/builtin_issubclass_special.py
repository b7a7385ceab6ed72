# issubclass/isinstance with unions, tuples of tuples, type itself, and abstract base classes.
import collections.abc as cabc
print(issubclass(int, int | str), issubclass(bool, (str, (bytes, int))), isinstance(None, int | None))
print(issubclass(list, cabc.Sequence), issubclass(dict, cabc.Mapping), issubclass(set, cabc.Set), issubclass(str, cabc.Sequence))
print(issubclass(type, type), issubclass(object, type), isinstance(type, object), isinstance(object, object))
print(isinstance(1, cabc.Hashable), isinstance([], cabc.Hashable), isinstance(iter([]), cabc.Iterator), isinstance([], cabc.Iterator))
print(issubclass(range, cabc.Sequence), issubclass(bytes, cabc.ByteString) if hasattr(cabc, "ByteString") else "no ByteString")
def g(): yield
print(isinstance(g(), cabc.Generator), isinstance(len, cabc.Callable), isinstance({}.keys(), cabc.KeysView))
print(type(int | str).__name__, (int | str).__args__, int | str == str | int, int | int)
