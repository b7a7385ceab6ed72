# open(): write, read back, append, binary mode, iteration, errors.
import os
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_tmp_builtin_open_file.txt")
try:
    with open(path, "w", encoding="utf-8") as f:
        print(f.write("line one\n"), f.write("línea dos\n"), f.closed, f.mode, f.name == path)
    print(f.closed)
    with open(path, encoding="utf-8") as f:
        print(repr(f.read()))
    with open(path, "a", encoding="utf-8") as f:
        f.write("third\n")
    with open(path, encoding="utf-8") as f:
        print(f.readline(), end="")
        print(list(f))
    with open(path, "rb") as f:
        data = f.read()
        print(data, type(data).__name__, len(data))
    with open(path, "r", encoding="utf-8") as f:
        print([line.rstrip("\n") for line in f], f.readline() == "")
    with open(path, "wb") as f:
        f.write(bytes(range(5)))
    with open(path, "rb") as f:
        print(f.read(2), f.read(), f.read())
    with open(path) as f:
        try:
            f.write("x")
        except OSError as e:
            print(type(e).__name__, e)
    f = open(path)
    f.close()
    try:
        f.read()
    except ValueError as e:
        print(e)
finally:
    os.remove(path)
print(os.path.exists(path))
try:
    open(path)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename == path)
try:
    open(path, "q")
except ValueError as e:
    print(e)
