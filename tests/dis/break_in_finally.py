def f(xs):
    for x in xs:
        try:
            g(x)
        finally:
            break
