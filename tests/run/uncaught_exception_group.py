# An uncaught ExceptionGroup is rendered as a tree.
def task(n):
    if n % 2:
        raise ValueError(f"task {n} failed")
    raise TypeError(f"task {n} bad type")
errors = []
for i in range(3):
    try:
        task(i)
    except Exception as e:
        errors.append(e)
raise ExceptionGroup("several tasks failed", errors)
