# An exception group whose members carry notes.
errs = []
for name in ("alpha", "beta"):
    e = ValueError(f"bad value in {name}")
    e.add_note(f"while processing {name}")
    errs.append(e)
raise ExceptionGroup("validation failed", errs)
