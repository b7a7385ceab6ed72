def f():
    for i in x:
        try:
            if i:
                break
            return i
        finally:
            print(i)
def g():
    with cm() as c:
        for i in c:
            return i
