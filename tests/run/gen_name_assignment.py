# Generators and coroutines: __name__/__qualname__ take strings, gi_* attributes are read-only.
def g(): yield 1
x = g()
for attr, v in [("__name__", 5), ("__qualname__", "Q"), ("gi_running", 1), ("foo", 1)]:
    try:
        setattr(x, attr, v); print("ok", attr)
    except Exception as e: print(type(e).__name__, e)
try: del x.__name__
except Exception as e: print(type(e).__name__, e)
print(repr(x)[:20])
async def c(): pass
y = c(); y.__name__ = "cc"; print(y.__name__); y.close()
