class C(A, B):
    pass

class D(A, metaclass=M, flag=True):
    pass
