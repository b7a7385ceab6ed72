def f():
    try:
        pass
    except ValueError as e:
        print(e)
    finally:
        del f
    with open(p) as (a, b), open(q) as c:
        pass
    for i, j in items():
        pass
    else:
        k = 1
    while k:
        k -= 1
    try:
        pass
    except* TypeError as g:
        pass
