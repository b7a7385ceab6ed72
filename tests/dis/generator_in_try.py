def gen(xs):
    try:
        for x in xs:
            yield x
    finally:
        print('done')
