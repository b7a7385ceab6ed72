# Exceptions without a message print only the class name.
class Quiet(Exception):
    pass
print("about to fail")
raise Quiet
