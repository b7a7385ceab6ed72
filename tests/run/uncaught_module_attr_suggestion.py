# AttributeError on a module with a close match.
import math
print(math.pi)
print(math.pii)
