# Writing to sys.stdout and sys.stderr directly; ordering within each stream.
import sys
sys.stdout.write("written to stdout\n")
n = sys.stdout.write("count me")
print()
print(n)
sys.stderr.write("written to stderr\n")
print("to stderr via print", file=sys.stderr)
sys.stdout.flush()
sys.stderr.flush()
print(sys.stdout.encoding.lower().replace("-", ""), sys.stdout.errors, sys.stderr.errors)
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.isatty())
sys.stdout.writelines(["a\n", "b\n"])
print("é ü 日本", "\U0001F600")
