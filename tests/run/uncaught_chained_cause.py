# Uncaught exception with an explicit cause: both tracebacks are printed.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"could not parse {text!r}") from e
parse("12")
parse("x12")
