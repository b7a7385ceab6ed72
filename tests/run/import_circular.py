# Circular imports see partially initialised modules.
import sys, os
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_modules"))
import circular_a
print(circular_a.A_VALUE, circular_a.circular_b.B_VALUE)
