# An uncaught ValueError from a builtin call: traceback and exit status 1.
print("before")
values = ["1", "2", "three"]
total = 0
for v in values:
    total += int(v)
print("never printed")
