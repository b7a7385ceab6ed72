# Larger lists: construction, slicing, sorting and membership stay correct.
n = 100000
lst = list(range(n))
print(len(lst), lst[-1], sum(lst), lst[n // 2], lst[::10000], len(lst[::3]))
rev = lst[::-1]
print(rev[:3], rev == sorted(lst, reverse=True), n - 1 in lst, -1 in lst)
sq = [x * x % 1009 for x in lst]
print(max(sq), min(sq), sq.count(0), sorted(sq)[:5], len(set(sq)))
del lst[::2]
print(len(lst), lst[:3])
lst.extend(range(10))
lst.sort()
print(lst[:12])
grid = [[i * j for j in range(100)] for i in range(100)]
print(sum(map(sum, grid)), grid[99][99], len(grid))
