# _thread's locks: acquire with blocking and timeout, release, context
# managers, RLock recursion, and their errors.
import _thread

print(_thread.TIMEOUT_MAX, _thread.error is RuntimeError, _thread.LockType, _thread.RLock)
print(_thread._count(), isinstance(_thread.get_ident(), int))
lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType, repr(lock).startswith("<unlocked _thread.lock object"))
print(lock.locked(), lock.acquire(), lock.locked(), repr(lock).startswith("<locked"))
print(lock.acquire(False), lock.acquire(timeout=0.01), lock.acquire(True, 0))
lock.release()
print(lock.locked())
with lock:
    print("inside", lock.locked())
print("after", lock.locked())
for call in [
    lambda: lock.release(),
    lambda: lock.acquire(False, 1),
    lambda: lock.acquire(timeout=-2),
    lambda: lock.acquire(timeout=1e20),
    lambda: lock.acquire(timeout="x"),
    lambda: lock.acquire(1, 2, 3),
    lambda: lock.acquire(foo=1),
    lambda: _thread.LockType(1),
    lambda: _thread.allocate_lock(1),
]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

r = _thread.RLock()
print(r.locked(), r.acquire(), r.acquire(), r._recursion_count(), r._is_owned())
r.release()
print(r.locked(), r._recursion_count())
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
with r:
    with r:
        print("nested", r._recursion_count())
print(r.locked(), repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0"))
r.acquire()
saved = r._release_save()
print(saved[0], r.locked())
r._acquire_restore(saved)
print(r._recursion_count())
r.release()
local = _thread._local()
local.x = 5
print(local.x, local.__dict__)
