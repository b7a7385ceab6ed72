# leading comment

x = 1  # trailing


def f():
    # inside

    return x  # done
# end
