# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
print(10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4, 7 // 2 * 2, 1 + 2 << 3, 1 << 2 + 3)
print(6 & 3 | 8, 6 | 3 & 8, 5 ^ 3 & 1, ~1 + 1, -~3, not 1 == 2, not (1 == 2))
print(1 < 2 == True, (1 < 2) == True, 3 if 0 else 4 if 1 else 5, 1 + 2 if True else 3)
print(True or False and False, (True or False) and False, not True or True)
print(2 * -3, 2 ** -1, -2 ** -1, 3 - -3, +-+1, 4 % -3, -4 % 3)
print([1, 2] * 2 + [3], "a" + "b" * 3, (lambda: 1 + 1)(), 1 if [] else 2)
a = b = c = 5
print(a, b, c)
print(10 in range(20) and "yes" or "no", 0 in [] or "no")
