# The dis module on Taipan's code objects (code._varname_from_oparg).
import dis


def f(a, b=1):
    c = a + b
    total = 0
    for i in range(c):
        total += i
    return total


def outer():
    x = 1
    return lambda: x


dis.dis(f)
print(dis.code_info(f).splitlines()[:6])
print([ins.opname for ins in dis.get_instructions(outer)][:4])
code = f.__code__
print([code._varname_from_oparg(i) for i in range(len(code.co_varnames))])
try:
    code._varname_from_oparg(99)
except IndexError as e:
    print("IndexError", e)
