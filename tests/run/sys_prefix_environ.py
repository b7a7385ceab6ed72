# sys's installation prefixes and a read of the process environment.
import os
import sys

print(type(sys.prefix).__name__, sys.prefix == sys.base_prefix == sys.exec_prefix == sys.base_exec_prefix)
print(sys.platlibdir)
print(sys.prefix.startswith("/"))
print("PATH" in os.environ, os.environ.get("TAIPAN_NO_SUCH_VARIABLE", "default"))
print(os.environ["PATH"] == os.environ.get("PATH"))
