# ~ on a bool is deprecated: a DeprecationWarning is printed once per location.
flag = True
for _ in range(3):
    print(~flag)
print(~False)
