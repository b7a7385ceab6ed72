# Bare raise re-raises the exception being handled, preserving the traceback.
def fail():
    raise ValueError("original")
def wrapper():
    try:
        fail()
    except ValueError:
        print("logging and re-raising")
        raise
try:
    wrapper()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(e, names)
try:
    raise
except RuntimeError as e:
    print(e)
def raise_in_nested_handler():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise TypeError("b")
        except TypeError:
            pass
        raise
try:
    raise_in_nested_handler()
except Exception as e:
    print(type(e).__name__, e)
