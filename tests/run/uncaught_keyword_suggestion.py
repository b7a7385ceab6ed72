# TypeError for a misspelled keyword argument.
def connect(host, port=80, *, timeout=10):
    return host, port, timeout
print(connect("example", timeout=5))
connect("example", timout=5)
