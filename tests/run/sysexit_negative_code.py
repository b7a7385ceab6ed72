# A negative exit code wraps to 255.
import sys
sys.exit(-1)
