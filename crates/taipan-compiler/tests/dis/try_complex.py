def f():
    try:
        a()
    except (TypeError, ValueError):
        b()
    except Exception as e:
        c(e)
    else:
        d()
    finally:
        e()
def g():
    try:
        pass
    except:
        raise
