# The time module: clock types and relations, struct_time, UTC calendar
# conversions, strftime/asctime of fixed times, and CPython's errors.
import time


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


# Clocks: types and monotonicity, never values.
for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    f = getattr(time, name)
    f_ns = getattr(time, name + "_ns")
    a, b = f(), f()
    print(name, type(a).__name__, type(f_ns()).__name__, a <= b or name == "time")
print(time.monotonic_ns() <= time.monotonic_ns())
print(abs(time.time() - time.time_ns() / 1e9) < 5)
print(time.clock_gettime(time.CLOCK_MONOTONIC) > 0, type(time.clock_gettime_ns(time.CLOCK_REALTIME)))
for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, type(info.resolution).__name__)
show(time.get_clock_info, "foo")
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID)

# sleep
print(time.sleep(0), time.sleep(0.001))
show(time.sleep, -1)
show(time.sleep, float("nan"))
show(time.sleep, "x")
show(time.sleep, 10**30)

# gmtime and struct_time
t = time.gmtime(0)
print(t)
print(len(t), t[0], t[-1], t[:3], list(t)[6:], t.tm_zone, t.tm_gmtoff)
y, mon, d, hh, mm, ss, wd, yd, dst = time.gmtime(1234567890)
print(y, mon, d, hh, mm, ss, wd, yd, dst)
print(time.gmtime(951782400))  # 2000-02-29
print(time.gmtime(-1.5), time.gmtime(1.9).tm_sec)
print(time.gmtime(-86400 * 365 * 400))
print(time.gmtime(253402300799))
print(t == tuple(t), t == time.gmtime(0.5), isinstance(t, tuple), type(t).__name__)
print(type(t).__module__, hash(t) == hash(tuple(t)))
show(time.gmtime, "x")
show(time.gmtime, float("nan"))
show(time.gmtime, 10**20)
st = time.struct_time(range(9))
print(st, st.tm_zone, st.tm_gmtoff, time.struct_time(range(11)).tm_zone)
show(time.struct_time, (1, 2))
show(time.struct_time, tuple(range(12)))
show(time.struct_time, 5)
print(isinstance(time.gmtime(), time.struct_time), time.gmtime()[0] >= 2024)

# localtime and mktime agree in any time zone
now = int(time.time())
lt = time.localtime(now)
print(type(lt).__name__, time.mktime(lt) == now, type(time.mktime(lt)).__name__)
print(time.localtime(now)[:6] == time.localtime(float(now))[:6])
print(type(time.timezone), type(time.altzone), time.daylight in (0, 1), len(time.tzname))
print(time.ctime(now) == time.asctime(time.localtime(now)))
show(time.mktime, (1,))

# strftime and asctime of fixed times
fixed = (2024, 3, 9, 14, 5, 7, 5, 69, 0)
print(time.strftime("%Y-%m-%d %H:%M:%S", fixed))
print(time.strftime("%a %A %b %B %j %y %p %I %%", fixed))
print(time.strftime("%d/%m/%Y", time.gmtime(1234567890)))
print(time.strftime("", fixed), time.strftime("plain", fixed))
print(time.asctime(fixed), time.asctime(time.gmtime(0)))
show(time.strftime, "%Y", (1, 2))
show(time.strftime, "%Y", [1] * 9)
show(time.strftime, "%Y", (2000, 13, 1, 0, 0, 0, 0, 1, 0))
show(time.strftime, "%Y-%m-%d %j", (2000, 0, 0, 0, 0, 0, 0, 0, 0))
show(time.strftime, "%Y", (2000, 1, 1, 24, 0, 0, 0, 1, 0))
show(time.strftime, "%Y", (2000, 1, 1, 0, 60, 0, 0, 1, 0))
show(time.strftime, "%Y", (2000, 1, 1, 0, 0, 62, 0, 1, 0))
show(time.strftime, "%a", (2000, 1, 1, 0, 0, 0, -1, 1, 0))
show(time.strftime, "%a", (2000, 1, 1, 0, 0, 0, -2, 1, 0))
show(time.strftime, "%Y", (2000, 1, 1, 0, 0, 0, 0, 367, 0))
show(time.strftime, "%Y", (2000, 1, 32, 0, 0, 0, 0, 1, 0))
show(time.strftime, "%Y %j %a", (2000, 1, 1, 0, 0, 0, 7, 0, 0))
show(time.strftime, 5)
show(time.strftime, "%Y", "abcdefghi")
show(time.asctime, (2000, 1, 1, 0, 0, 0, 0, 1))
show(time.strftime, "a\0b", fixed)
