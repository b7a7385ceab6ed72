# try/except/else/finally control flow, including return/break/continue in finally.
def f(x):
    try:
        print("try", x)
        if x == 1:
            raise ValueError
        if x == 2:
            return "returned from try"
    except ValueError:
        print("except")
        return "returned from except"
    else:
        print("else")
    finally:
        print("finally")
    return "end"
for i in range(3):
    print(f(i))
def override():
    try:
        return "try"
    finally:
        return "finally wins"
print(override())
def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return "swallowed"
print(swallow())
def order():
    log = []
    try:
        try:
            log.append(1)
            raise KeyError
        finally:
            log.append(2)
    except KeyError:
        log.append(3)
    finally:
        log.append(4)
    return log
print(order())
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("loop finally", count)
