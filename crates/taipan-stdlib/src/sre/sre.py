# The Python half of Taipan's `_sre`: the Pattern, Match, Scanner and
# Template types. Matching itself is the native `_exec` over `_buffer`s.

MAGIC = 20230612
CODESIZE = 4
MAXREPEAT = 4294967295
MAXGROUPS = 1073741823
copyright = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "

_MAXSIZE = 9223372036854775807
_MATCH, _FULLMATCH, _SEARCH = 0, 1, 2
_FLAG_NAMES = (
    (1, "re.TEMPLATE"), (2, "re.IGNORECASE"), (4, "re.LOCALE"),
    (8, "re.MULTILINE"), (16, "re.DOTALL"), (32, "re.UNICODE"),
    (64, "re.VERBOSE"), (128, "re.DEBUG"), (256, "re.ASCII"),
)
_mappingproxy = type(type.__dict__)


def getcodesize():
    return CODESIZE


from _operator import index as _index


def _clamp(i, n):
    return 0 if i < 0 else (n if i > n else i)


def _text(string):
    # What the buffer is made from: buffers other than bytes become bytes.
    if isinstance(string, (bytearray, memoryview)):
        return bytes(string)
    return string


class _ReadOnly:
    # A data attribute that Python code may read but not set, kept in the
    # instance under a leading underscore.
    def __init__(self, name):
        self._slot = "_" + name

    def __get__(self, obj, cls=None):
        return self if obj is None else getattr(obj, self._slot)

    def __set__(self, obj, value):
        raise AttributeError("readonly attribute")

    def __delete__(self, obj):
        raise AttributeError("readonly attribute")


def _new(cls, *args, **kwargs):
    raise TypeError("cannot create '%s.%s' instances" % (cls.__module__, cls.__qualname__))


class Pattern:
    __module__ = "re"
    __new__ = _new
    pattern = _ReadOnly("pattern")
    flags = _ReadOnly("flags")
    groups = _ReadOnly("groups")
    groupindex = _ReadOnly("groupindex")

    def _init(self, pattern, flags, code, groups, groupindex, indexgroup):
        self._pattern = pattern
        self._flags = flags
        self._groups = groups
        self._groupindex = _mappingproxy(dict(groupindex))
        self._code = list(code)
        self._prog = _buffer(self._code)
        self._indexgroup = indexgroup
        self._isbytes = pattern is not None and not isinstance(pattern, str)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _subject(self, string):
        if isinstance(string, str):
            isbytes = False
        elif isinstance(string, (bytes, bytearray, memoryview)):
            isbytes = True
        else:
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__)
        if self.pattern is not None:
            if isbytes and not self._isbytes:
                raise TypeError("cannot use a string pattern on a bytes-like object")
            if not isbytes and self._isbytes:
                raise TypeError("cannot use a bytes pattern on a string-like object")
        return _buffer(_text(string))

    def _run(self, string, buf, pos, endpos, mode, must_advance=False):
        n = len(string)
        pos = _clamp(_index(pos), n)
        endpos = _clamp(_index(endpos), n)
        r = _exec(self._prog, buf, pos, endpos, mode, must_advance)
        if r is None:
            return None
        m = object.__new__(Match)
        m._init(self, string, buf, pos, endpos, r)
        return m

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, self._subject(string), pos, endpos, _MATCH)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, self._subject(string), pos, endpos, _FULLMATCH)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, self._subject(string), pos, endpos, _SEARCH)

    def _iter(self, string, pos=0, endpos=_MAXSIZE):
        # Successive non-overlapping matches; after an empty match the
        # next one must not be empty at the same place.
        buf = self._subject(string)
        pos = _clamp(_index(pos), len(string))
        endpos = _index(endpos)
        must_advance = False
        while True:
            m = self._run(string, buf, pos, endpos, _SEARCH, must_advance)
            if m is None:
                return
            yield m
            b, e = m._span(0)
            must_advance = b == e
            pos = e

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return self._iter(string, pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        buf = self._subject(string)
        n = len(string)
        return _findall(self._prog, buf, _clamp(_index(pos), n), _clamp(_index(endpos), n),
                        self._groups, not isinstance(string, str))

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        s = object.__new__(SRE_Scanner)
        s._init(self, string, pos, endpos)
        return s

    def split(self, string, maxsplit=0):
        return _split(self._prog, self._subject(string), _index(maxsplit), self._groups,
                      not isinstance(string, str))

    def _subx(self, repl, string, count):
        count = _index(count)
        if callable(repl):
            filter = repl
        else:
            isbytes = not isinstance(string, str)
            buf = self._subject(string)
            literal = True
            if isinstance(repl, str):
                literal = "\\" not in repl
            elif isinstance(repl, (bytes, bytearray, memoryview)):
                literal = b"\\" not in repl
            if literal:
                if (isinstance(repl, str) == isbytes
                        or not isinstance(repl, (str, bytes, bytearray, memoryview))):
                    # Joined in Python, for CPython's type errors.
                    return self._subx(lambda m: repl, string, count)
                parts = [_text(repl)]
            else:
                import re
                template = re._compile_template(self, repl)
                parts = []
                for i, lit in enumerate(template._literals):
                    parts.append(lit)
                    if i < len(template._groups):
                        parts.append(template._groups[i])
            return _sub(self._prog, buf, parts, count, isbytes)
        pieces = []
        last = 0
        n = 0
        buf = self._subject(string)
        isbytes = not isinstance(string, str)
        must_advance = False
        pos = 0
        while not count or n < count:
            m = self._run(string, buf, pos, _MAXSIZE, _SEARCH, must_advance)
            if m is None:
                break
            b, e = m._span(0)
            if last < b:
                pieces.append(_slice(buf, last, b, isbytes))
            piece = filter(m)
            if piece is not None:
                pieces.append(piece)
            n += 1
            must_advance = b == e
            last = pos = e
        if last < len(string):
            pieces.append(_slice(buf, last, _MAXSIZE, isbytes))
        empty = "" if not self._isbytes else b""
        return empty.join(pieces), n

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def __repr__(self):
        flags = self.flags
        if not self._isbytes and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        text = repr(self.pattern)[:200]
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for bit, name in _FLAG_NAMES:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append("0x%x" % flags)
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.flags == other.flags and self._isbytes == other._isbytes
                and self._code == other._code and self.pattern == other.pattern)

    def __hash__(self):
        return hash((self.pattern, self.flags, tuple(self._code), self._isbytes))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        import re
        return (re._compile, (self.pattern, self.flags))



class Match:
    __module__ = "re"
    __new__ = _new
    re = _ReadOnly("re")
    string = _ReadOnly("string")
    pos = _ReadOnly("pos")
    endpos = _ReadOnly("endpos")
    lastindex = _ReadOnly("lastindex")

    def _init(self, pattern, string, buf, pos, endpos, result):
        self._re = pattern
        self._string = string
        self._buf = buf
        self._isbytes = not isinstance(string, str)
        self._pos = pos
        self._endpos = endpos
        self._start = result[0]
        self._end = result[1]
        lastindex = result[2]
        self._lastindex = None if lastindex < 0 else lastindex
        self._marks = result[3:]

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _span(self, i):
        if i == 0:
            return self._start, self._end
        marks = self._marks
        if 2 * i - 1 < len(marks) and marks[2 * i - 2] >= 0 and marks[2 * i - 1] >= 0:
            return marks[2 * i - 2], marks[2 * i - 1]
        return -1, -1

    def _group_index(self, g):
        if isinstance(g, int) or hasattr(type(g), "__index__") and not isinstance(g, (str, bytes)):
            try:
                i = _index(g)
            except TypeError:
                i = -1
            if 0 <= i <= self.re.groups:
                return i
        else:
            try:
                i = self.re.groupindex.get(g)
            except TypeError:
                i = None
            if i is not None:
                return i
        raise IndexError("no such group")

    def _get(self, i, default):
        b, e = self._span(i)
        if b < 0:
            return default
        return _slice(self._buf, b, e, self._isbytes)

    def group(self, *args):
        if not args:
            return self._get(0, None)
        if len(args) == 1:
            return self._get(self._group_index(args[0]), None)
        return tuple(self._get(self._group_index(g), None) for g in args)

    def __getitem__(self, g):
        return self._get(self._group_index(g), None)

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._span(self._group_index(group))[0]

    def end(self, group=0):
        return self._span(self._group_index(group))[1]

    def span(self, group=0):
        return self._span(self._group_index(group))

    @property
    def regs(self):
        return tuple(self._span(i) for i in range(self.re.groups + 1))

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        names = self.re._indexgroup
        if names is None or self.lastindex >= len(names):
            return None
        return names[self.lastindex]

    def expand(self, template):
        import re
        return re._compile_template(self.re, template).expand(self)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%.50r>" % (
            self._start, self._end, self.group(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self



class SRE_Scanner:
    __module__ = "_sre"
    __new__ = _new
    pattern = _ReadOnly("pattern")

    def _init(self, pattern, string, pos, endpos):
        self._pattern = pattern
        self._string = string
        self._buf = pattern._subject(string)
        self._pos = _clamp(_index(pos), len(string))
        self._endpos = _index(endpos)
        self._must_advance = False
        self._done = False

    def _next(self, mode):
        if self._done:
            return None
        m = self.pattern._run(self._string, self._buf, self._pos, self._endpos,
                              mode, self._must_advance)
        if m is None:
            self._done = True
            return None
        b, e = m._span(0)
        self._must_advance = b == e
        self._pos = e
        return m

    def match(self):
        return self._next(_MATCH)

    def search(self):
        return self._next(_SEARCH)



class _Template:
    # A parsed replacement: literals between group references.
    def __init__(self, pattern, parts):
        self._literals = parts[0::2]
        self._groups = parts[1::2]
        self._isbytes = pattern._isbytes

    def _literal(self):
        lit = self._literals[0]
        return lit if lit is not None else (b"" if self._isbytes else "")

    def expand(self, m):
        empty = b"" if self._isbytes else ""
        pieces = []
        for i, lit in enumerate(self._literals):
            if lit:
                pieces.append(lit)
            if i < len(self._groups):
                g = m.group(self._groups[i])
                if g:
                    pieces.append(g)
        return empty.join(pieces)

    def _expand_for(self, m):
        return self.expand(m)


def compile(pattern, flags, code, groups, groupindex, indexgroup):
    p = object.__new__(Pattern)
    p._init(pattern, flags, code, groups, groupindex, indexgroup)
    return p


def template(pattern, template):
    if not isinstance(template, list) or len(template) % 2 == 0:
        raise TypeError("invalid template")
    for g in template[1::2]:
        if not isinstance(g, int) or g < 0:
            raise TypeError("invalid template")
    return _Template(pattern, template)
