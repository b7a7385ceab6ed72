x = 1
print("bom")
