# shutil over os/posix: copying files (with metadata), which,
# disk_usage and rmtree. Trees: os_shutil_copytree.py.
import os
import shutil
import stat

base = f"/tmp/taipan_os_test_shutil_{os.getpid()}"
os.makedirs(base + "/src/inner")
os.chdir(base)
with open("src/a.txt", "w") as f:
    f.write("alpha")
with open("src/inner/b.txt", "w") as f:
    f.write("beta")
os.chmod("src/a.txt", 0o640)
os.utime("src/a.txt", ns=(1_500_000_000_000_000_000, 1_600_000_000_000_000_000))

print(shutil.copyfile("src/a.txt", "c.txt"), open("c.txt").read())
print(shutil.copy("src/a.txt", "d.txt"), oct(stat.S_IMODE(os.stat("d.txt").st_mode)))
shutil.copy2("src/a.txt", "e.txt")
print(os.stat("e.txt").st_mtime_ns, oct(stat.S_IMODE(os.stat("e.txt").st_mode)))
shutil.copymode("src/a.txt", "c.txt")
shutil.copystat("src/a.txt", "c.txt")
print(os.stat("c.txt").st_mtime_ns == os.stat("src/a.txt").st_mtime_ns)
try:
    shutil.copyfile("src/a.txt", "src/a.txt")
except shutil.SameFileError as e:
    print(type(e).__name__, e)
try:
    shutil.copyfile("missing.txt", "x.txt")
except FileNotFoundError as e:
    print(e)

os.mkdir("bin")
with open("bin/tool", "w") as f:
    f.write("#!/bin/sh\n")
os.chmod("bin/tool", 0o755)
print(shutil.which("tool", path=base + "/bin") == base + "/bin/tool", shutil.which("nope", path=base + "/bin"))
du = shutil.disk_usage(base)
print(type(du).__name__, du.total >= du.used >= 0, du.free >= 0)

errors = []
shutil.rmtree("missing-dir", onexc=lambda *a: errors.append(a[0].__name__))
print(errors)
shutil.rmtree("src")
print(sorted(os.listdir()))
os.chdir("/")
shutil.rmtree(base)
print(os.path.exists(base))
