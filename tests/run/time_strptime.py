# time.strptime delegates to the pure-Python _strptime.
import time


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


p = time.strptime("2024-03-09 14:05:07", "%Y-%m-%d %H:%M:%S")
print(p[:9], type(p).__name__)
print(time.strptime("9 Mar 2024", "%d %b %Y")[:3])
show(time.strptime, "2024x", "%Y")
