a = x if y else z
b = not x
c = -x
d = +x
e = ~x
f = x @ y
g = x ** -1
h = x is not y
i = x not in y
j = (yield_ := 3)
k = [*range(3)]
l = {**a, **b}
m = x.y.z
n = x[1][2]
