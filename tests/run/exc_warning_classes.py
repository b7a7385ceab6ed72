# Warning classes are exceptions and can be raised and caught like any other.
for cls in (Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning,
            FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning):
    try:
        raise cls("as exception")
    except Warning as w:
        print(cls.__name__, cls.__mro__[1].__name__, repr(w))
try:
    raise DeprecationWarning("old api")
except Exception as e:
    print(type(e).__name__, e, isinstance(e, Warning))
