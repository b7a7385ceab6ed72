t = (1, 2, (3, 4), 'five', None, True, 1.5)
