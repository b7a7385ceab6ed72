print("hello", end="")
exec("x = 1")
print
print(1, 2, sep=", ")
