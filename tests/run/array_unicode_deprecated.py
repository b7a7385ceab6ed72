# array typecode "u": DeprecationWarning at construction (shown once per
# line by default, recorded under catch_warnings), and its str methods.
import array
a = array.array("u", "hi")
print(a, a.tounicode(), a.itemsize)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    array.array("u")
print([str(x.message) for x in w], w[0].category.__name__)
