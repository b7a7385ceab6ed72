import sys
if sys.argv:
    x = 1
else:
    x = 2
