# posix.DirEntry and the iterator scandir() returns: Taipan's own Python
# over the native _scandir, which lists a directory as (name, path, kind,
# inode) tuples, kind 1 for a directory, 2 a regular file, 3 a symbolic
# link, 4 another known type and 0 unknown.

_DIRECTORY, _REGULAR, _SYMLINK, _UNKNOWN = 1, 2, 3, 0
_S_IFMT, _S_IFDIR, _S_IFREG, _S_IFLNK = 0o170000, 0o040000, 0o100000, 0o120000


class DirEntry:
    __slots__ = ("name", "path", "_kind", "_inode", "_dir_fd", "_stat", "_lstat")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    __class_getitem__ = classmethod(type(list[int]))

    def __fspath__(self):
        return self.path

    def inode(self):
        return self._inode

    def is_junction(self):
        return False

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks and self.is_symlink():
            if self._stat is None:
                self._stat = self._stat_of(True)
            return self._stat
        if self._lstat is None:
            self._lstat = self._stat_of(False)
        return self._lstat

    def _stat_of(self, follow_symlinks):
        # Entries of a directory given by descriptor are relative to it.
        if self._dir_fd is None:
            return stat(self.path, follow_symlinks=follow_symlinks)
        return stat(self.name, dir_fd=self._dir_fd, follow_symlinks=follow_symlinks)

    def _has_type(self, fmt, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & _S_IFMT == fmt
        except FileNotFoundError:
            return False

    def is_symlink(self):
        if self._kind == _UNKNOWN:
            return self._has_type(_S_IFLNK, False)
        return self._kind == _SYMLINK

    def _is(self, kind, fmt, follow_symlinks):
        if self._kind == _UNKNOWN or (follow_symlinks and self._kind == _SYMLINK):
            return self._has_type(fmt, follow_symlinks)
        return self._kind == kind

    def is_dir(self, *, follow_symlinks=True):
        return self._is(_DIRECTORY, _S_IFDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._is(_REGULAR, _S_IFREG, follow_symlinks)


def _dir_entry(name, path, kind, inode, dir_fd):
    entry = object.__new__(DirEntry)
    entry.name = name
    entry.path = path
    entry._kind = kind
    entry._inode = inode
    entry._dir_fd = dir_fd
    entry._stat = None
    entry._lstat = None
    return entry


class ScandirIterator:
    __slots__ = ("_entries", "_dir_fd")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'posix.ScandirIterator' instances")

    def __iter__(self):
        return self

    def __next__(self):
        if not self._entries:
            self._entries = None
            raise StopIteration
        return _dir_entry(*self._entries.pop(), self._dir_fd)

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def scandir(*args, **kwargs):
    it = object.__new__(ScandirIterator)
    entries = _scandir(*args, **kwargs)
    entries.reverse()
    it._entries = entries
    path = args[0] if args else kwargs.get("path")
    it._dir_fd = path if isinstance(path, int) else None
    return it
