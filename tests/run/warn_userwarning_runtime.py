# warnings.warn writes "file:line: Category: message" and the source line to stderr.
import warnings
def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1
warnings.simplefilter("always")
print(old_api())
warnings.warn("plain user warning")
warnings.warn("runtime issue", RuntimeWarning)
print("after warnings")
