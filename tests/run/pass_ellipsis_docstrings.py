# Empty bodies with pass and ..., and docstrings on modules, classes, functions.
"""Module docstring of this test."""
def f():
    pass
def g():
    ...
def h():
    "Only a docstring."
class C:
    """Class doc."""
    def m(self):
        """Method doc."""
print(f(), g(), h(), __doc__, C.__doc__, C.m.__doc__, h.__doc__, f.__doc__)
def indented():
    """
        Indented
          docstring.
    """
print(repr(indented.__doc__))
class NoDoc:
    x = "not a docstring"
    "also not"
print(NoDoc.__doc__)
