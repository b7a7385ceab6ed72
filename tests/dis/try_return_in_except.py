def f():
    try:
        g()
    except Exception:
        return 1
    finally:
        h()
