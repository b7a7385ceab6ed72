"""Module doc.

   More text.
"""
import sys
def f():
    """  Indented doc.
    second line
    """
    return 1
