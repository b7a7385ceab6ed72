# The rest of os over posix: process ids, wait statuses, error texts,
# struct sequences, random bytes, supports_* sets and constants.

import os
import posix
import stat

print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, os.getuid() >= 0, os.geteuid() >= 0)
print(os.getgid() >= 0, os.getegid() >= 0, type(os.getgroups()).__name__, os.getpgrp() > 0)
print(os.strerror(2), os.strerror(13), os.strerror(0), os.strerror(99999))
print(os.waitstatus_to_exitcode(0), os.waitstatus_to_exitcode(3 << 8), os.waitstatus_to_exitcode(9))
try:
    os.waitstatus_to_exitcode(0x7F)
except ValueError as e:
    print(e)
print(os.WIFEXITED(256), os.WEXITSTATUS(256), os.WIFSIGNALED(9), os.WTERMSIG(9), os.WIFSTOPPED(0x137F), os.WSTOPSIG(0x137F))
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.WNOHANG, os.SEEK_SET, os.SEEK_END, os.EX_OK)

u = os.uname()
print(type(u).__name__, len(u), u.sysname, all(isinstance(x, str) for x in u), u[0] == u.sysname)
t = os.times()
print(repr(t)[:25], len(t), all(isinstance(x, float) for x in t), t.user == t[0])
print(type(os.cpu_count()).__name__, os.cpu_count() >= 1, len(os.getloadavg()))
print(len(os.urandom(0)), len(os.urandom(17)), type(os.urandom(3)).__name__)
try:
    os.urandom(-1)
except ValueError as e:
    print(e)

ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, ts == (80, 24), tuple(ts))
for bad in [(1, 2, 3), 5]:
    try:
        os.terminal_size(bad)
    except TypeError as e:
        print(e)
sr = os.stat_result(range(10))
print(sr, sr.st_atime, sr.st_mtime_ns, sr.st_blocks)
sr = os.stat_result(range(19))
print(sr.st_atime, sr.st_atime_ns, sr.st_rdev, sr[9], len(sr))
for bad in [(1, 2), range(20)]:
    try:
        os.stat_result(bad)
    except TypeError as e:
        print(e)
print(os.stat_result.__module__, os.terminal_size.__module__, os.uname_result.__name__)

print(os.stat in os.supports_dir_fd, os.open in os.supports_dir_fd, os.stat in os.supports_fd)
print(os.stat in os.supports_follow_symlinks, os.access in os.supports_effective_ids)
print(os.error is OSError, posix.error is OSError, callable(os._exit), hasattr(os, "_have_functions"))
print(stat.S_IFMT(0o100644) == stat.S_IFREG, stat.filemode(0o40755), stat.S_ISCHR(os.stat("/dev/null").st_mode))

# Descriptor helpers.
r, w = os.pipe()
print(os.get_inheritable(r), os.get_blocking(w), os.write(w, b"ping"), os.read(r, 10))
os.set_blocking(r, False)
print(os.get_blocking(r))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
d = os.dup(w)
os.set_inheritable(d, True)
print(os.get_inheritable(d))
os.close(d)
os.close(r)
os.close(w)
for bad in [("x",), (2 ** 40,)]:
    try:
        os.close(*bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

print(os.DirEntry[str], os.DirEntry.__module__, os.stat_result.n_fields if hasattr(os.stat_result, "n_fields") else "")
for t in (os.stat_result, os.statvfs_result, os.terminal_size, os.uname_result, os.times_result): print(t.__name__, t.n_fields, t.n_sequence_fields, t.n_unnamed_fields)
