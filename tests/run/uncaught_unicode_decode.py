# UnicodeDecodeError message in a traceback.
raw = b"caf\xe9 au lait"
print(raw.decode("latin-1"))
print(raw.decode("utf-8"))
