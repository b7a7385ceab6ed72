# NameError and UnboundLocalError messages, including free variables.
def show(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok:", repr(r))
show(lambda: undefined_variable)
def local_before_assign():
    x += 1
show(local_before_assign)
def free_unbound():
    def inner():
        return later
    r = inner
    return r()
    later = 1
show(free_unbound)
def deleted():
    y = 1
    del y
    return y
show(deleted)
def del_unbound():
    del z
    z = 1
show(del_unbound)
class K:
    pass
show(lambda: K.__dict__["nothing"])
def builtin_shadow():
    len = len
    return len
show(builtin_shadow)
show(lambda: eval("nope + 1"))
show(lambda: exec("del never_defined"))
