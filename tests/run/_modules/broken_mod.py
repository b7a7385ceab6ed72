print("broken_mod starts")
raise ValueError("broken_mod failed during import")
