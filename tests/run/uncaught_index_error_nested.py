# IndexError from a nested subscript expression.
matrix = [[1, 2, 3], [4, 5, 6]]
total = 0
for i in range(3):
    total += matrix[i][0]
print(total)
