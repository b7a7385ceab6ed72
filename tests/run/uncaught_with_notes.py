# Notes added with add_note appear after the exception line.
def validate(n):
    if n < 0:
        e = ValueError(f"negative: {n}")
        e.add_note("values must be >= 0")
        e.add_note("check the input file")
        raise e
    return n
validate(3)
validate(-5)
