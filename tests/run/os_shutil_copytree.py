# shutil.copytree and move over os/posix: copy2 opens the DirEntry
# objects scandir gives, so open() must take os.PathLike paths.
import os
import shutil

base = f"/tmp/taipan_os_test_copytree_{os.getpid()}"
os.makedirs(base + "/src/inner")
os.chdir(base)
with open("src/a.txt", "w") as f:
    f.write("alpha")
with open("src/inner/b.txt", "w") as f:
    f.write("beta")
with open("c.txt", "w") as f:
    f.write("gamma")
try:
    print(shutil.copytree("src", "dst"))
    for top, dirs, files in os.walk("dst"):
        dirs.sort()
        print(top, dirs, sorted(files))
    print(shutil.copytree("src", "dst2", ignore=shutil.ignore_patterns("*.txt")), sorted(os.listdir("dst2")))
    print(shutil.move("c.txt", "dst/moved.txt"), os.path.exists("c.txt"))
    print(shutil.move("dst2", "dst3"), os.path.isdir("dst3"))

finally:
    os.chdir("/")
    shutil.rmtree(base)
print(os.path.exists(base))
