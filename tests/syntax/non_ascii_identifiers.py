café = 1
名前 = "name"
ñ, π = 2, 3.14
def función(ä, ö=1): return ä
class Ωmega: pass
x = ﬁ
ℌ = 1
µ = 2
