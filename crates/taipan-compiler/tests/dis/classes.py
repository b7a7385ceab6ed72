class A:
    """Doc."""
    x = 1
    def __init__(self, v):
        self.v = v
        self.w = v * 2
    def get(self):
        return self.v
    @property
    def prop(self):
        return super().prop
class B(A, metaclass=type):
    pass
