# Output written before sys.exit is flushed on both streams.
import sys
print("stdout before exit", end="")
sys.stderr.write("stderr before exit\n")
sys.exit(9)
