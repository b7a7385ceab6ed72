def f(xs):
    for x in xs:
        try:
            g(x)
        except ValueError:
            continue
        except TypeError:
            break
