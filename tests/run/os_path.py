# os.path (posixpath over posix), os.fspath with path-like objects,
# fsencode/fsdecode, and glob/fnmatch over a scratch directory.
import fnmatch
import glob
import os
import os.path
import sys

print(os.name, os.sep, os.altsep, os.extsep, os.pathsep, os.curdir, os.pardir, os.devnull, os.linesep == "\n")
print(os.path is sys.modules["os.path"], os.path.__name__)
p = os.path
print(p.join("a", "b", "c"), p.join("/a", "/b", "c"), p.join("a/", "b"), p.join(b"a", b"b"))
print(p.split("/usr/lib/x.py"), p.split("x"), p.split("/"), p.splitext("a/b.tar.gz"), p.splitext(".bashrc"))
print(p.basename("/a/b/"), p.basename("/a/b"), p.dirname("/a/b"), p.dirname("b"), p.dirname("/"))
print(p.normpath("/a//b/./c/../d/"), p.normpath(""), p.normpath("../../x"), p.normpath("//a"))
print(p.isabs("/a"), p.isabs("a"), p.commonprefix(["/usr/lib", "/usr/local"]), p.commonpath(["/usr/lib", "/usr/local"]))
print(p.relpath("/a/b/c", "/a/d"), p.splitdrive("/x/y"), p.splitroot("//x/y"), p.splitroot("///x"))
print(p.abspath("/a/../b"), p.abspath("x") == p.join(os.getcwd(), "x"), p.realpath("/") )
print(p.normcase("AbC"), p.ismount("/"), p.isreserved("x") if hasattr(p, "isreserved") else None)

saved = os.environ.get("HOME")
os.environ["HOME"] = "/home/taipan"
os.environ["TAIPAN_VAR"] = "value"
print(p.expanduser("~/x"), p.expanduser("~"), p.expanduser("x~"), p.expandvars("$TAIPAN_VAR/${TAIPAN_VAR}/$NOPE_NOT_SET"))
if saved is None:
    del os.environ["HOME"]
else:
    os.environ["HOME"] = saved


class Path:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


class Bad:
    def __fspath__(self):
        return 42


print(os.fspath("s"), os.fspath(b"b"), os.fspath(Path("p")), os.fspath(Path(b"q")))
print(p.join(Path("a"), "b"), p.basename(Path("/x/y")), p.exists(Path("/")))
for arg in [Bad(), 3, None, Path(3)]:
    try:
        os.fspath(arg)
    except TypeError as e:
        print("fspath:", e)
try:
    os.stat(Bad())
except TypeError as e:
    print("stat:", e)
print(os.fsencode("abc"), os.fsdecode(b"abc"), os.fsencode(Path("x")), os.fsdecode(Path(b"y")))
print(isinstance(Path("x"), os.PathLike), isinstance("x", os.PathLike), issubclass(os.DirEntry, os.PathLike))

# glob and fnmatch over a scratch directory, named relative to it.
base = f"/tmp/taipan_os_test_path_{os.getpid()}"
os.makedirs(base + "/pkg/sub")
os.chdir(base)
for name in ["a.py", "b.py", "c.txt", ".hidden.py", "pkg/d.py", "pkg/sub/e.py"]:
    with open(name, "w") as f:
        f.write(name)
print(sorted(glob.glob("*.py")), sorted(glob.glob("*")), sorted(glob.glob("**/*.py", recursive=True)))
print(sorted(glob.glob("pkg/*")), sorted(glob.glob("?.txt")), glob.glob("nothing*"), sorted(glob.glob("*.py", include_hidden=True)))
print(sorted(glob.iglob("[ab].py")), glob.escape("a*b?"), glob.has_magic("a*"))
print(fnmatch.fnmatch("a.py", "*.py"), fnmatch.fnmatch("a.PY", "*.py"), fnmatch.fnmatchcase("a.PY", "*.py"))
print(fnmatch.filter(["x.py", "y.txt", "z.py"], "*.py"), fnmatch.translate("*.py"))
print(p.isfile("a.py"), p.isdir("pkg"), p.exists("nope"), p.getsize("c.txt"), p.lexists("a.py"))
print(p.samefile("a.py", "./a.py"), p.realpath("pkg/../a.py") == p.join(base, "a.py"))
import shutil
os.chdir("/")
shutil.rmtree(base)
print(p.exists(base))
