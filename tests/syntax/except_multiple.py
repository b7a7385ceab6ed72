try:
    pass
except A, B:
    pass
except (C, D) as e:
    pass
except E:
    pass
except:
    pass
try:
    pass
except* F, G:
    pass
