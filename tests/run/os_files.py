# Files and directories through os (over posix): create, list, stat,
# rename, remove, descriptors, scandir, walk and the errors for each.
import os
import stat

base = f"/tmp/taipan_os_test_files_{os.getpid()}"
os.mkdir(base)
os.chdir(base)

# Files made with open() and with descriptors.
with open("a.txt", "w") as f:
    f.write("hello")
fd = os.open("b.bin", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"0123456789"), os.get_inheritable(fd))
os.close(fd)
fd = os.open("b.bin", os.O_RDONLY)
print(os.read(fd, 4), os.lseek(fd, 2, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 5))
print(os.lseek(fd, 0, os.SEEK_END), os.fstat(fd).st_size, os.isatty(fd))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)

# Directories.
os.makedirs("d1/d2/d3")
os.makedirs("d1/d2", exist_ok=True)
try:
    os.mkdir("d1")
except FileExistsError as e:
    print(e, e.filename, e.errno)
try:
    os.makedirs("d1/d2")
except FileExistsError as e:
    print("makedirs:", e)
print(sorted(os.listdir()), sorted(os.listdir(".")), sorted(os.listdir(b".")))
print(os.listdir("d1"), os.listdir("d1/d2/d3"))

# stat_result and the stat module.
st = os.stat("a.txt")
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode))
print(stat.S_ISDIR(os.stat("d1").st_mode), stat.S_IMODE(os.stat("b.bin").st_mode) & 0o700)
print(type(st.st_mtime).__name__, type(st[stat.ST_MTIME]).__name__, type(st.st_mtime_ns).__name__)
print(len(st), st[stat.ST_SIZE] == st.st_size, st.st_nlink, isinstance(st, tuple))
print(abs(st.st_mtime - st.st_mtime_ns / 1e9) < 1e-6, st.st_ino == os.lstat("a.txt").st_ino)
os.utime("a.txt", ns=(1_000_000_000_123_456_789, 2_000_000_000_987_654_321))
st = os.stat("a.txt")
print(st.st_atime_ns, st.st_mtime_ns, st[stat.ST_MTIME], st.st_mtime)
os.utime("a.txt", (5, 6.5))
print(os.stat("a.txt").st_atime, os.stat("a.txt").st_mtime)
os.chmod("a.txt", 0o600)
print(oct(stat.S_IMODE(os.stat("a.txt").st_mode)), stat.filemode(os.stat("a.txt").st_mode))
print(os.access("a.txt", os.R_OK), os.access("missing", os.F_OK))
os.truncate("a.txt", 2)
print(os.path.getsize("a.txt"), open("a.txt").read())

# Symbolic and hard links.
os.symlink("a.txt", "link")
print(os.readlink("link"), os.readlink(b"link"), os.path.islink("link"))
print(stat.S_ISLNK(os.lstat("link").st_mode), stat.S_ISLNK(os.stat("link").st_mode))
print(stat.S_ISREG(os.stat("link", follow_symlinks=False).st_mode))
os.link("b.bin", "hard")
print(os.stat("b.bin").st_nlink, os.path.samefile("b.bin", "hard"))

# scandir and DirEntry.
with os.scandir() as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_file(follow_symlinks=False), e.inode() == os.lstat(e.name).st_ino,
          os.fspath(e), e.stat().st_size == os.stat(e.name).st_size)
print(type(entries[0]).__name__, type(entries[0]).__module__)
print([e.name for e in os.scandir(b"d1")], [e.path for e in os.scandir("d1/")])
it = os.scandir("d1")
it.close()
print(list(it))

# os.walk, top down and bottom up.
for top, dirs, files in os.walk("."):
    dirs.sort()
    print(top, dirs, sorted(files))
print([top for top, _, _ in os.walk("d1", topdown=False)])

# Renames.
os.rename("a.txt", "c.txt")
os.replace("c.txt", "d1/c.txt")
print(os.path.exists("a.txt"), os.path.exists("d1/c.txt"))
try:
    os.rename("a.txt", "e.txt")
except FileNotFoundError as e:
    print(e)
    print(e.filename, e.filename2)

# Errors for missing files and wrong kinds.
for func, args in [
    (os.stat, ("missing",)),
    (os.lstat, ("missing",)),
    (os.remove, ("missing",)),
    (os.rmdir, ("missing",)),
    (os.listdir, ("missing",)),
    (os.scandir, ("missing",)),
    (os.chdir, ("missing",)),
    (os.open, ("missing", os.O_RDONLY)),
    (os.rmdir, ("d1",)),
    (os.rmdir, ("b.bin",)),
    (os.listdir, ("b.bin",)),
    (os.unlink, ("d1",)),
    (os.readlink, ("b.bin",)),
    (os.stat, ("a\0b",)),
    (os.stat, (1.5,)),
    (os.mkdir, (None,)),
    (os.listdir, ([],)),
]:
    try:
        func(*args)
    except (OSError, ValueError, TypeError) as e:
        print(func.__name__, type(e).__name__, e)

# Removing everything.
os.remove("link")
os.unlink("hard")
os.removedirs("d1/d2/d3")
print(sorted(os.listdir()))
import shutil
shutil.rmtree("d1")
os.remove("b.bin")
print(os.listdir())
os.chdir("/")
os.rmdir(base)
print(os.path.exists(base))
