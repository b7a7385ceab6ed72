def f():
    try:
        g()
    finally:
        h()
