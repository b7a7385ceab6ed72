def f():
    if True:
        continue
