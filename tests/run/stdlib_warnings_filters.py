# warnings.warn through _warnings: filters (error, ignore, once, default,
# always), catch_warnings(record=True), the registry, stacklevel, and the
# runtime's own warnings (~ on a bool) following the module's filters.
import warnings


def deprecated_api():
    warnings.warn("use new_api", DeprecationWarning, stacklevel=2)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    deprecated_api()
    warnings.warn("plain")
    warnings.warn(RuntimeWarning("as instance"))
print([(type(w.message).__name__, str(w.message), w.lineno) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for _ in range(3):
        warnings.warn("once only")
print(len(caught))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for _ in range(3):
        warnings.warn("default per location")
print(len(caught))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    try:
        ~True
    except DeprecationWarning as e:
        print("raised", type(e).__name__, e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
    warnings.simplefilter("always", RuntimeWarning)
    warnings.warn("kept", RuntimeWarning)
    warnings.warn("still ignored", UserWarning)
print([str(w.message) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    x = ~False
print(x, [(type(w.message).__name__, str(w.message)) for w in caught])

try:
    warnings.warn("bad", category=int)
except TypeError as e:
    print("TypeError:", e)
print(warnings.filters[:2] == warnings.filters[:2], len(warnings.filters) >= 5)
warnings.warn("to stderr", UserWarning)
warnings.warn("to stderr", UserWarning)
print("done")
