# itertools.product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [1, 2])), list(product([0, 1], repeat=2)), list(product()), list(product("a", [])))
print(list(permutations("abc")), list(permutations(range(3), 2)), list(permutations([], 0)), list(permutations("ab", 3)))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations("ab", 0)), list(combinations("a", 2)))
print(list(combinations_with_replacement("abc", 2)), len(list(permutations(range(6)))), len(list(combinations(range(10), 5))))
try:
    combinations("abc", -1)
except ValueError as e:
    print(e)
