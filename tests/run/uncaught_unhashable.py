# TypeError for an unhashable dict key at top level.
seen = {}
key = ["list", "key"]
seen[key] = True
