# sys.version_info comparisons and sys.flags fields.
import sys
v = sys.version_info
print(v[:2], v >= (3, 14), v < (4,), v.major == v[0], v.releaselevel in ("alpha", "beta", "candidate", "final"))
print(type(v.serial).__name__, isinstance(v, tuple), len(v))
f = sys.flags
print(f.debug, f.inspect, f.interactive, f.optimize, f.no_user_site in (0, 1), f.ignore_environment in (0, 1))
print(f.verbose, f.bytes_warning, f.quiet, f.hash_randomization in (0, 1), f.isolated, f.dev_mode, f.utf8_mode in (0, 1))
print(f.safe_path, f.int_max_str_digits)
print(sys.implementation.version[:2] == v[:2] or "impl version differs", hasattr(sys.implementation, "cache_tag"))
