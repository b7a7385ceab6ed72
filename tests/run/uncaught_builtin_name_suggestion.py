# NameError for a misspelled builtin.
items = [3, 1, 2]
print(sorted(items))
print(lenn(items))
