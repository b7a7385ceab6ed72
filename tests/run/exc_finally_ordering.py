# Order of execution through nested try/except/finally with returns in functions.
log = []
def inner():
    try:
        log.append("inner try")
        raise ValueError("v")
    except ValueError:
        log.append("inner except")
        raise KeyError("k")
    finally:
        log.append("inner finally")
def outer():
    try:
        inner()
    except KeyError as e:
        log.append(f"outer except {e!r} context={e.__context__!r}")
        return "outer return"
    finally:
        log.append("outer finally")
print(outer())
print("\n".join(log))
def gen_cleanup():
    try:
        yield 1
    finally:
        log.append("generator finally")
log.clear()
for x in gen_cleanup():
    log.append(f"loop {x}")
print(log)
