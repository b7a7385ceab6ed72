# str methods never mutate; identity of results for unchanged strings is unspecified.
s = "Hello"
u = s.upper()
print(s, u, s.replace("l", "L"), s)
parts = s.partition("l")
print(parts, s.split("l"), s.center(9, "*"), s.strip("Ho"), s.swapcase())
print(s.join(["<", ">"]), s * 2, s[::-1], s.encode(), s.lower().title())
t = s
t += "!"
print(s, t)
print(str.upper(s), str.__len__(s), str.__getitem__(s, 1), str.__add__(s, "?"))
