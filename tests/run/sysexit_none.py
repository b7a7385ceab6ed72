# raise SystemExit with None: status 0.
print("bye")
raise SystemExit(None)
