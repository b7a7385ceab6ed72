def f():
    for i in range(3):
        try:
            pass
        finally:
            for j in range(2):
                break
            else:
                continue
            while 1:
                continue
            def g():
                return 1
            return 5
    try:
        pass
    finally:
        try:
            pass
        finally:
            return 2
