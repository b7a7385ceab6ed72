# assert with and without messages; the message is evaluated lazily.
assert True
assert 1 == 1, "not evaluated"
def msg():
    print("message evaluated")
    return "the message"
try:
    assert 1 == 2, msg()
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert []
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert False, 42
except AssertionError as e:
    print(e.args[0] + 1)
print(__debug__)
