try:
    import foo
except ImportError:
    foo = None
