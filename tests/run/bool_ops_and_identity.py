# bool operations and the singleton identities True/False.
values = [True, False]
for a in values:
    for b in values:
        print(a, b, a and b, a or b, a & b, a | b, a ^ b, a == b, a is b, a + b)
print(bool(1) is True, bool(0) is False, (1 == 1) is True, (not 0) is True, isinstance(1 < 2, bool))
print(True.__class__, int.__add__(True, True), True.__str__(), repr(False), str(True).upper())
print(sorted([True, False, True]), sum([True] * 10), max(False, True), True > False, -True, +False)
