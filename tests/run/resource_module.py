# The resource module on Taipan: limits, their errors, the page size.
import resource as r
print(sorted((k, getattr(r, k)) for k in dir(r) if k.startswith("RLIM")))
print(r.getrlimit(r.RLIMIT_CORE)[1] == -1 or r.getrlimit(r.RLIMIT_CORE)[1] >= 0, r.error, r.getpagesize() > 0)
soft, hard = r.getrlimit(r.RLIMIT_NOFILE)
r.setrlimit(r.RLIMIT_NOFILE, (soft, hard))
print(r.getrlimit(r.RLIMIT_NOFILE) == (soft, hard))
for f in [lambda: r.getrlimit(99), lambda: r.getrlimit('x'), lambda: r.setrlimit(r.RLIMIT_CORE, (1,)),
          lambda: r.setrlimit(r.RLIMIT_CORE, (10**30, 1)), lambda: r.setrlimit(r.RLIMIT_CORE, (-5, -1)),
          lambda: r.setrlimit(99, (1, 1))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
