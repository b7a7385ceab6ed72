def f():
    try:
        g()
    except OSError as e:
        log(e)
    else:
        ok()
    finally:
        done()
