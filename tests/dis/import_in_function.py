def f():
    import os
    import os.path as p
    from sys import argv
    return os, p, argv
