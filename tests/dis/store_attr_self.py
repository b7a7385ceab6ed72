class C:
    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.c = a + b
