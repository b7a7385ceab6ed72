# SystemExit is not an Exception; it can be caught explicitly and re-raised.
import sys
try:
    sys.exit(4)
except Exception:
    print("not caught by Exception")
except SystemExit as e:
    print("caught SystemExit", e.code, e.args)
def nested():
    try:
        sys.exit(5)
    finally:
        print("nested finally")
nested()
