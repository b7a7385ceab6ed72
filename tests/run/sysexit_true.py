# sys.exit(True) is exit status 1 (bool is an int).
import sys
print("exit True")
sys.exit(True)
