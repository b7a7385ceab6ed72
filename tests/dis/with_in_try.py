def f(cm):
    try:
        with cm as c:
            c.run()
    except Exception:
        pass
