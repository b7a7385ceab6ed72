# ModuleNotFoundError for a missing module.
import sys
print(type(sys.path).__name__)
import definitely_not_a_real_module
