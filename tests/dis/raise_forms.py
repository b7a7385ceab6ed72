def f(e):
    raise

def g(e):
    raise e

def h(e):
    raise ValueError('x') from e

def i():
    raise TypeError from None
