# sys attributes with machine-independent values.
import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_basic_attrs.py"))
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print("sys" in sys.modules, "builtins" in sys.modules, "__main__" in sys.modules, sys.modules["__main__"].__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder in ("little", "big"), sys.version_info[:2], sys.version_info >= (3, 14))
print(type(sys.version_info).__name__, sys.version_info.major, sys.version_info.minor, len(sys.version_info))
print(sys.hexversion >> 16 == 0x30E, type(sys.version).__name__, type(sys.implementation.name).__name__)
print(sys.maxunicode, sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), type(sys.flags).__name__, sys.flags.bytes_warning)
print(sys.int_info.bits_per_digit in (15, 30), sys.int_info.sizeof_digit in (2, 4))
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(type(sys.builtin_module_names).__name__, "sys" in sys.builtin_module_names)
print(sys.platform == sys.platform, callable(sys.exit), callable(sys.getsizeof))
print(sys.getsizeof(0) > 0, sys.getsizeof([]) < sys.getsizeof([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
print(sys.intern("abc") is sys.intern("ab" + "c"[0:]), type(sys.getrefcount(object())).__name__)
try:
    sys.intern(5)
except TypeError as e:
    print(e)
print(sys.float_repr_style, sys.api_version > 0, sys.dont_write_bytecode in (True, False))
