# The dir_fd and follow_symlinks arguments (the *at calls) and the
# supports_* sets os.py builds from posix._have_functions.
import os
import stat

base = f"/tmp/taipan_os_test_dir_fd_{os.getpid()}"
os.mkdir(base)
dfd = os.open(base, os.O_RDONLY | os.O_DIRECTORY)
os.mkdir("sub", dir_fd=dfd)
fd = os.open("f.txt", os.O_WRONLY | os.O_CREAT, 0o600, dir_fd=dfd)
os.write(fd, b"data")
os.close(fd)
print(sorted(os.listdir(base)), os.stat("f.txt", dir_fd=dfd).st_size)
os.symlink("f.txt", "ln", dir_fd=dfd)
print(os.readlink("ln", dir_fd=dfd), stat.S_ISLNK(os.stat("ln", dir_fd=dfd, follow_symlinks=False).st_mode))
print(os.access("f.txt", os.R_OK, dir_fd=dfd), os.access("ln", os.F_OK, dir_fd=dfd, follow_symlinks=False))
os.rename("f.txt", "g.txt", src_dir_fd=dfd, dst_dir_fd=dfd)
os.link("g.txt", "h.txt", src_dir_fd=dfd, dst_dir_fd=dfd)
print(sorted(os.listdir(dfd)), os.stat("h.txt", dir_fd=dfd).st_nlink)
os.utime("g.txt", ns=(10**9, 2 * 10**9), dir_fd=dfd)
print(os.stat("g.txt", dir_fd=dfd).st_mtime_ns)
os.chmod("g.txt", 0o640, dir_fd=dfd)
print(oct(stat.S_IMODE(os.stat("g.txt", dir_fd=dfd).st_mode)))
fd = os.open("g.txt", os.O_RDWR, dir_fd=dfd)
os.truncate(fd, 2)
os.utime(fd, ns=(5, 6))
os.chmod(fd, 0o600)
st = os.stat(fd)
print(st.st_size, st.st_mtime_ns, oct(stat.S_IMODE(st.st_mode)), os.fstat(fd) == st)
os.close(fd)
try:
    os.stat("missing", dir_fd=dfd)
except FileNotFoundError as e:
    print(e)
try:
    os.stat("g.txt", dir_fd=-5)
except OSError as e:
    print(type(e).__name__, e.errno)
for name in ["ln", "g.txt", "h.txt"]:
    os.unlink(name, dir_fd=dfd)
os.rmdir("sub", dir_fd=dfd)
print(os.listdir(dfd))
cwd = os.getcwd()
os.chdir(dfd)
print(os.getcwd() == base)
os.chdir(cwd)
os.mkfifo("fifo", dir_fd=dfd)
os.mkfifo(base + "/fifo2", 0o600)
print(stat.S_ISFIFO(os.stat("fifo", dir_fd=dfd).st_mode), stat.S_IMODE(os.stat(base + "/fifo2").st_mode) & 0o600)
os.chown(base + "/fifo2", os.getuid(), -1)
os.lchown(base + "/fifo2", -1, os.getgid())
os.chown("fifo", -1, -1, dir_fd=dfd, follow_symlinks=False)
fd = os.open(base, os.O_RDONLY)
os.fchown(fd, -1, -1)
os.chown(fd, -1, -1)
os.close(fd)
with os.scandir(dfd) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e.name, e.path, e.is_file(), e.is_dir(), stat.S_ISFIFO(e.stat().st_mode), e.inode() == e.stat().st_ino)
for uid in [-2, 2**40, 2**63, "x"]:
    try:
        os.chown(base + "/fifo2", uid, -1)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
os.unlink("fifo", dir_fd=dfd)
os.unlink(base + "/fifo2")
print(os.major(0x1234567), os.minor(0x1234567), os.makedev(18, 0x4567), os.makedev(os.major(1234), os.minor(1234)))
try:
    os.mknod(base + "/node", stat.S_IFREG | 0o600)
    print(stat.S_ISREG(os.stat(base + "/node").st_mode))
    os.unlink(base + "/node")
except PermissionError:
    print(True)
os.close(dfd)
os.rmdir(base)
print(os.path.exists(base))

print(sorted(f.__name__ for f in os.supports_dir_fd))
# Taipan's posix has no fdopendir, fexecve or pathconf (yet).
print(sorted(f.__name__ for f in os.supports_fd if f.__name__ not in {"execve", "listdir", "scandir", "pathconf"}))
print(sorted(f.__name__ for f in os.supports_follow_symlinks))
print(sorted(f.__name__ for f in os.supports_effective_ids))
