# sys.exit with a string: printed to stderr, exit status 1.
import sys
print("stdout line")
sys.exit("fatal: configuration missing")
