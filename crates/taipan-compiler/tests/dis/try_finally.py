def f():
    try:
        a()
    finally:
        b()
def g():
    try:
        return a()
    finally:
        b()
def h():
    for x in y:
        try:
            continue
        finally:
            c()
