def f():
    try:
        g()
    except (ValueError, TypeError) as e:
        print(e)
    except KeyError:
        pass
