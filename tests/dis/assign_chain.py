a = b = c = 1
x, y = y, x = 1, 2
