# Ellipsis as a value: in slices, as a placeholder, as a sentinel.
print(..., Ellipsis, ... is Ellipsis, ... == Ellipsis, type(...)() is ..., repr(...), str(...))
class Arr:
    def __getitem__(self, k):
        return k
a = Arr()
print(a[...], a[..., 0], a[1:..., ...], a[::...])
def todo():
    ...
print(todo(), hash(...) == hash(Ellipsis), bool(...))
print([..., ...], {...: "ellipsis key"}[...], (...,) * 2)
