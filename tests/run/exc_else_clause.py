# try/else: else runs only when no exception; exceptions in else are not caught by the same try.
def attempt(v):
    try:
        r = 10 / v
    except ZeroDivisionError:
        print("except branch")
    else:
        print("else branch", r)
        if v == 5:
            raise ValueError("raised in else")
    finally:
        print("finally branch")
attempt(2)
attempt(0)
try:
    attempt(5)
except ValueError as e:
    print("outer caught", e)
for i in range(2):
    try:
        pass
    except Exception:
        pass
    else:
        print("else in loop", i)
        continue
