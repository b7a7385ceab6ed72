# A plain helper module for the import cases (not a test case itself).
print("helper_mod executing, __name__ =", __name__)
VALUE = 42
_private = "hidden"
def greet(name):
    return f"hello {name} from {__name__}"
class Thing:
    pass
if __name__ == "__main__":
    print("never printed when imported")
