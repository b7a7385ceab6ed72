# String building, slicing and joining.
def run(n):
    parts = []
    s = ""
    for i in range(n):
        s += str(i % 10)
        if len(s) > 64:
            parts.append(s[8:40])
            s = s[-16:]
    return len("".join(parts)), parts[-1]

print(run(1_000_000))
