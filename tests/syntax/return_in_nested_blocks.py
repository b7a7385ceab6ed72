def f(x):
    for i in x:
        while True:
            try:
                with ctx:
                    if i:
                        return i
            finally:
                break
