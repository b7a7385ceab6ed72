print("pkg.sub executing:", __name__, __package__)
