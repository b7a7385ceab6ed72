# A three-level chain mixing explicit cause and implicit context.
def read_config():
    try:
        open_file()
    except FileNotFoundError as e:
        raise RuntimeError("config unavailable") from e
def open_file():
    try:
        {}["path"]
    except KeyError:
        raise FileNotFoundError("config.toml")
try:
    read_config()
except RuntimeError:
    raise SystemError("startup failed")
