def f():
    try:
        try:
            try:
                g()
            finally:
                a()
        except E:
            b()
    finally:
        c()
