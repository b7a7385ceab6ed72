def f():
    """Docstring."""
    return 1

def g():
    'only a docstring'
