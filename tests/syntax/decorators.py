@dec
def f(): pass
@dec.attr(1, k=2)
@dec[0]
@(lambda f: f)
@x if y else z
class C:
    @property
    def p(self): pass
    @staticmethod
    async def s(): pass
@a @ b
def g(): pass
