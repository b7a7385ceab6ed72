class A:
    def f(self):
        super().f()
        return __class__.__name__
