def f(xs):
    for x in xs:
        try:
            if x:
                break
            continue
        finally:
            g()
