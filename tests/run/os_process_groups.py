# Process groups and sessions, niceness, sched_yield and sync.
import os
print(os.getsid(0) == os.getsid(os.getpid()), os.getpgid(0) == os.getpgrp(), os.getpgid(pid=0) > 0)
for f, a in [(os.getsid, (-5,)), (os.getpgid, (-5,)), (os.killpg, (0, 99999)), (os.setpgid, (-5, 0))]:
    try:
        f(*a)
    except OSError as e:
        print(f.__name__, type(e).__name__, e.errno)
print(os.nice(0) == os.nice(0), os.sched_yield(), os.sync())
for f, a, k in [(os.getsid, (), {}), (os.getpgid, (), {"zzz": 1}), (os.setsid, (1,), {}), (os.setpgid, (1,), {}),
                (os.killpg, (1,), {}), (os.nice, (), {}), (os.sched_yield, (1,), {}), (os.sync, (), {"a": 1})]:
    try:
        f(*a, **k)
    except TypeError as e:
        print(e)
