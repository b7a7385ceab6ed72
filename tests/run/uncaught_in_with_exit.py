# An exception escaping a with block after __exit__ declines to suppress it.
class Resource:
    def __enter__(self):
        print("acquired")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("released; saw", exc_type.__name__)
        return False
with Resource():
    values = [1, 2, 3]
    print(values[3])
