# An exception in finally replaces the one in flight; both appear chained.
def work():
    try:
        raise ValueError("primary")
    finally:
        print("finally runs")
        {}["secondary"]
work()
