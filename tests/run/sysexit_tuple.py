# SystemExit with several arguments: code is the args tuple, printed to stderr.
raise SystemExit(1, "two")
