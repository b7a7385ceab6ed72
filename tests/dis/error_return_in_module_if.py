if True:
    return
