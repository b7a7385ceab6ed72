# Contiguous str slices (step 1) across ASCII, Latin-1, BMP and astral text,
# the identity of full slices, and slices of str subclasses.
texts = ["", "ascii only", "héllo wörld", "snow ☃ man", "clef 𝄞 sign", "mixé ☃ 𝄞 " * 20]
for s in texts:
    n = len(s)
    for a in (None, 0, 1, 3, -2, n, n + 5, -n - 5):
        for b in (None, 0, 2, 5, -1, n, n + 5, -n - 5):
            t = s[a:b]
            assert t == "".join(s[i] for i in range(*slice(a, b).indices(n))), (s, a, b)
            assert s[a:b:1] == t
    print(repr(s[2:9]), repr(s[-4:]), len(s[1:-1]))
t = "abc"
print(t[:] is t, t[0:3] is t, t[0:100] is t, t[1:] is t)
class S(str):
    pass
u = S("xyz")
print(type(u[:]).__name__, u[:] is u, u[1:], type(u[1:]).__name__)
print(str(7) is str(7), str(12), str(-3))
