# f-strings: expressions, conversions, format specs, nesting, quotes.
name, n, pi = "Taipan", 42, 3.14159
print(f"{name} {n} {pi}", f"{n + 1}", f"{name!r}", f"{name!s}", f"{'é'!a}", f"{n:>5}|", f"{pi:.2f}")
print(f"{{}} {{{n}}}", f"{n:{'>'}{8}}", f"{pi:{4}.{2}}", f"{[1, 2][0]}", f"{ {'k': 1}['k'] }")
print(f"{name.upper()} {len(name)} {n if n > 10 else 0} {(lambda x: x * 2)(3)}")
print(f"{'nested {inner}'}", f'{"quotes"}', f"{f'{n}'!r}", f"""{n
+ 1}""", f"{n:#x} {n:b}")
items = ["a", "b"]
print(f"{', '.join(items)}", f"{'\n'.join(items)!r}", f"{name:*^12}", f"{-n:+}", f"{3.0:g}")
x = 10
print(f"{x=}", f"{x = }", f"{x*2=}", f"{name=!s}", f"{pi=:.1f}", f"{x!r:>4}")
print(f"{'a' 'b'}", f"{1_000:,}", f"{n:{'d'}}", f"{n%7}", f"{ n }")
def g():
    return "called"
print(f"{g()}", F"upper {n}", rf"\n{n}", fr"{n}\t", f"{'#'}")
print(f"{x:{'' if x else 'x'}}", f"{(x := 5)}", x)
print(f"{'multi'
       }", f"{x
        :>3}|")
