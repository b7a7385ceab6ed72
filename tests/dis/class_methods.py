class C:
    def __init__(self, x):
        self.x = x
        self.y = 0

    def get(self):
        return self.x

    @classmethod
    def make(cls):
        return cls(1)

    @staticmethod
    def s():
        return 2
