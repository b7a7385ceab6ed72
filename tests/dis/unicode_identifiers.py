café = 1
π = 3.14

def naïve(ü):
    return ü
