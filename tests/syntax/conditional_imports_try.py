try:
    import json
except ImportError:
    json = None
else:
    pass
finally:
    done = True
try:
    pass
finally:
    pass
