# sys.argv, sys.path[0] and sys.modules membership facts.
import sys, os
print(len(sys.argv), os.path.basename(sys.argv[0]))
print(os.path.basename(sys.path[0]) == os.path.basename(os.path.dirname(os.path.abspath(__file__))))
print(all(isinstance(k, str) for k in sys.modules), "os" in sys.modules, "os.path" in sys.modules)
print(sys.modules["sys"] is sys, sys.modules["builtins"].len is len)
import math
print("math" in sys.modules)
del sys.modules["math"]
import math as math2
print(math2 is not math or "same object", "math" in sys.modules)
sys.modules["fake_module_name"] = "anything"
import fake_module_name
print(fake_module_name)
