# Uncaught exception raised while handling another: "During handling..." chain.
def cleanup():
    raise OSError("cleanup failed")
try:
    [][1]
except IndexError:
    cleanup()
