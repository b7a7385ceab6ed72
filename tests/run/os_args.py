# Argument errors of the posix functions in CPython's words (no
# arguments, one argument, positional-only, keywords), and the exec*,
# system and statvfs functions.
import os
import posix

names = """stat lstat fstat statvfs fstatvfs listdir scandir mkdir rmdir chdir
getcwd getcwdb readlink unlink remove rename replace link symlink access chmod
umask truncate utime open close closerange read write lseek fsync fdatasync
fchdir ftruncate isatty device_encoding dup dup2 pipe get_inheritable
set_inheritable get_blocking set_blocking putenv unsetenv getpid getppid getuid
geteuid getgid getegid getpgrp getgroups kill waitpid waitstatus_to_exitcode
WIFEXITED WIFSIGNALED WIFSTOPPED WIFCONTINUED WCOREDUMP WEXITSTATUS WTERMSIG
WSTOPSIG uname times cpu_count getloadavg get_terminal_size urandom strerror
fspath system execv execve _exit abort""".split()
no_call = {"getloadavg", "cpu_count", "times", "uname", "getcwd", "getcwdb",
           "getpid", "getppid", "getuid", "geteuid", "getgid", "getegid",
           "getpgrp", "getgroups", "pipe", "listdir", "scandir",
           "get_terminal_size", "abort", "_exit"}
for name in names:
    f = getattr(posix, name)
    out = []
    for args, kwargs in [((), {}), ((0,) * 9, {}), ((), {"zzz": 1})]:
        if name in no_call and not args:
            continue
        try:
            f(*args, **kwargs)
            out.append("returned")
        except TypeError as e:
            out.append(str(e))
    print(name, "|", " | ".join(out))
try:
    os.stat("x", 1)
except TypeError as e:
    print(e)
try:
    os.mkdir("x", 1, 2)
except TypeError as e:
    print(e)
try:
    os.stat("x", path="y")
except TypeError as e:
    print(e)

s = os.statvfs("/")
print(type(s).__name__, len(s), s.f_bsize > 0, type(s.f_fsid).__name__, os.statvfs in os.supports_fd)
print(os.fstatvfs(0) == os.statvfs(0) or True)
print(os.system("exit 3"), os.waitstatus_to_exitcode(os.system("exit 3")))
for args in [("/bin/true", []), ("/bin/true", [""]), ("/bin/true", "abc"), ("/nonexist", ["x"]), (1,), ("a", ["x"], 1)]:
    try:
        os.execv(*args)
    except Exception as e:
        print(type(e).__name__, e)
for args in [("/bin/true", ["a"], {"A=": "b"}), ("/bin/true", ["a"], {1: "b"}), ("/bin/true", [], {}),
             ("/bin/true", [""], {}), ("/bin/true", "a", {}), ("/bin/true", ["a"], {"a": 1}),
             ("/nonexist", ["a"], {})]:
    try:
        os.execve(*args)
    except Exception as e:
        print(type(e).__name__, e)
for args in [(), (1,), ("a", "b")]:
    try:
        os.system(*args)
    except Exception as e:
        print(type(e).__name__, e)
fd = os.open("/", os.O_RDONLY)
print(all(e.path == e.name for e in os.scandir(fd)), sorted(os.listdir(fd)) == sorted(os.listdir("/")))
os.close(fd)
