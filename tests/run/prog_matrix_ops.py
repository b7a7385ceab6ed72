# Pure-Python matrix arithmetic with exact integers (Bareiss determinant).
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def matpow(m, e):
    r = identity(len(m))
    while e:
        if e & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        e >>= 1
    return r
def det(m):
    m = [list(row) for row in m]
    n, sign, prev = len(m), 1, 1
    for k in range(n - 1):
        if m[k][k] == 0:
            swap = next((r for r in range(k + 1, n) if m[r][k] != 0), None)
            if swap is None:
                return 0
            m[k], m[swap] = m[swap], m[k]
            sign = -sign
        for i in range(k + 1, n):
            for j in range(k + 1, n):
                m[i][j] = (m[i][j] * m[k][k] - m[i][k] * m[k][j]) // prev
        prev = m[k][k]
    return sign * m[n - 1][n - 1]
fib = matpow([[1, 1], [1, 0]], 100)
print(fib[0][1])
a = [[1, 2], [3, 4]]
print(matmul(a, a), matmul(a, identity(2)) == a, [list(r) for r in zip(*a)])
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[1, 2], [2, 4]]), det([[0, 1], [1, 0]]))
print(det([[1, 2, 3], [4, 5, 6], [7, 8, 10]]), det(identity(5)), det(matpow([[2, 1], [1, 1]], 10)))
