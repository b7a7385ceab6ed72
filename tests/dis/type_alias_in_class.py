class C:
    type A[K] = dict[K, int]
