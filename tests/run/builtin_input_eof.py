# input() with no standard input available raises EOFError.
import sys
try:
    line = input()
except EOFError as e:
    print("EOFError", repr(e), e.args)
try:
    input("prompt> ")
except EOFError:
    print()
    print("second EOFError")
print(sys.stdin.read() == "", "end")
