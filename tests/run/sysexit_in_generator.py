# SystemExit raised inside a generator finishes the program with its code.
import sys
def steps():
    yield "one"
    sys.exit(6)
    yield "never"
for s in steps():
    print(s)
