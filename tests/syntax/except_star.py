try:
    pass
except* ValueError:
    pass
except* (TypeError, KeyError) as e:
    raise
else:
    pass
finally:
    pass
