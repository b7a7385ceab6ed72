# add_note and __notes__.
e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))
try:
    e.add_note(5)
except TypeError as err:
    print(err)
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("added while handling")
        raise
except KeyError as k:
    print(k.__notes__)
e2 = Exception()
e2.__notes__ = ["assigned"]
e2.add_note("appended")
print(e2.__notes__)
e3 = Exception()
e3.__notes__ = "not a list"
try:
    e3.add_note("x")
except TypeError as err:
    print(err)
