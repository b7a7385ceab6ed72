# NameError for a standard module that was not imported.
def show_path():
    return sys.path
show_path()
