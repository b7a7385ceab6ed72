# NameError with a suggestion for a similar local name.
def greet():
    message = "hello"
    return mesage.upper()
greet()
