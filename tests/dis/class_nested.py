class Outer:
    class Inner:
        def m(self):
            return 1
    def f(self):
        return self.Inner()
