for x in y:
    # nothing
