# The node classes of the `_ast` module, built from the grammar below when
# the module is first imported. Each rule is `base: Node(fields) | ...`;
# a field is `type name`, with `?` for an optional field and `*` for a
# list. `@` after a base names the location attributes its nodes carry.

_GRAMMAR = """
mod: Module(stmt* body, type_ignore* type_ignores) | Interactive(stmt* body)
  | Expression(expr body) | FunctionType(expr* argtypes, expr returns)
stmt@: FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list,
    expr? returns, string? type_comment, type_param* type_params)
  | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list,
    expr? returns, string? type_comment, type_param* type_params)
  | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body,
    expr* decorator_list, type_param* type_params)
  | Return(expr? value) | Delete(expr* targets)
  | Assign(expr* targets, expr value, string? type_comment)
  | TypeAlias(expr name, type_param* type_params, expr value)
  | AugAssign(expr target, operator op, expr value)
  | AnnAssign(expr target, expr annotation, expr? value, int simple)
  | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
  | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
  | While(expr test, stmt* body, stmt* orelse) | If(expr test, stmt* body, stmt* orelse)
  | With(withitem* items, stmt* body, string? type_comment)
  | AsyncWith(withitem* items, stmt* body, string? type_comment)
  | Match(expr subject, match_case* cases) | Raise(expr? exc, expr? cause)
  | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
  | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
  | Assert(expr test, expr? msg) | Import(alias* names)
  | ImportFrom(identifier? module, alias* names, int? level)
  | Global(identifier* names) | Nonlocal(identifier* names) | Expr(expr value)
  | Pass | Break | Continue
expr@: BoolOp(boolop op, expr* values) | NamedExpr(expr target, expr value)
  | BinOp(expr left, operator op, expr right) | UnaryOp(unaryop op, expr operand)
  | Lambda(arguments args, expr body) | IfExp(expr test, expr body, expr orelse)
  | Dict(expr?* keys, expr* values) | Set(expr* elts)
  | ListComp(expr elt, comprehension* generators) | SetComp(expr elt, comprehension* generators)
  | DictComp(expr key, expr value, comprehension* generators)
  | GeneratorExp(expr elt, comprehension* generators)
  | Await(expr value) | Yield(expr? value) | YieldFrom(expr value)
  | Compare(expr left, cmpop* ops, expr* comparators)
  | Call(expr func, expr* args, keyword* keywords)
  | FormattedValue(expr value, int conversion, expr? format_spec)
  | Interpolation(expr value, constant str, int conversion, expr? format_spec)
  | JoinedStr(expr* values) | TemplateStr(expr* values)
  | Constant(constant value, string? kind)
  | Attribute(expr value, identifier attr, expr_context ctx)
  | Subscript(expr value, expr slice, expr_context ctx)
  | Starred(expr value, expr_context ctx) | Name(identifier id, expr_context ctx)
  | List(expr* elts, expr_context ctx) | Tuple(expr* elts, expr_context ctx)
  | Slice(expr? lower, expr? upper, expr? step)
expr_context: Load | Store | Del
boolop: And | Or
operator: Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv
unaryop: Invert | Not | UAdd | USub
cmpop: Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn
comprehension = (expr target, expr iter, expr* ifs, int is_async)
excepthandler@: ExceptHandler(expr? type, identifier? name, stmt* body)
arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs,
    expr* kw_defaults, arg? kwarg, expr* defaults)
arg@ = (identifier arg, expr? annotation, string? type_comment)
keyword@ = (identifier? arg, expr value)
alias@ = (identifier name, identifier? asname)
withitem = (expr context_expr, expr? optional_vars)
match_case = (pattern pattern, expr? guard, stmt* body)
pattern@: MatchValue(expr value) | MatchSingleton(constant value)
  | MatchSequence(pattern* patterns)
  | MatchMapping(expr* keys, pattern* patterns, identifier? rest)
  | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
  | MatchStar(identifier? name) | MatchAs(pattern? pattern, identifier? name)
  | MatchOr(pattern* patterns)
type_ignore: TypeIgnore(int lineno, string tag)
type_param@: TypeVar(identifier name, expr? bound, expr? default_value)
  | ParamSpec(identifier name, expr? default_value)
  | TypeVarTuple(identifier name, expr? default_value)
"""

_LOCATION = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')
# Located nodes whose end position is not optional (elsewhere the class
# supplies None for it).
_END_REQUIRED = ('pattern', 'type_param')


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = cls._fields
        if len(args) > len(fields):
            raise TypeError(f'{cls.__name__} constructor takes at most '
                            f'{len(fields)} positional argument{"" if len(fields) == 1 else "s"}')
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError(f"{cls.__name__} got multiple values for argument {name!r}")
            if name not in fields and name not in cls._attributes:
                _deprecated(f'{"ast.AST" if cls is AST else cls.__name__}.__init__ got an '
                            f'unexpected keyword argument {name!r}. Support for arbitrary '
                            f'keyword arguments is deprecated and will be removed in Python 3.15.')
            setattr(self, name, value)
        defaults, required = _defaults_of(cls)
        for name, make in defaults:
            if name not in kwargs and name not in fields[:len(args)]:
                setattr(self, name, make())
        for name in required:
            if name not in kwargs and name not in fields[:len(args)]:
                _deprecated(f'{cls.__name__}.__init__ missing 1 required positional argument: '
                            f'{name!r}. This will become an error in Python 3.15.')

    def __reduce__(self):
        return type(self), (), self.__dict__.copy()

    def __replace__(self, **changes):
        cls = type(self)
        state = {name: getattr(self, name) for name in cls._fields + cls._attributes
                 if hasattr(self, name)}
        for name in changes:
            if name not in cls._fields and name not in cls._attributes:
                raise TypeError(f'{cls.__name__}.__replace__ got an unexpected '
                                f'keyword argument {name!r}.')
        state.update(changes)
        return cls(**state)

    def __repr__(self):
        return _node_repr(self, 0)


# Each node class's fields that a constructor call may leave out, with
# what makes their default value (an empty list or `Load()`), and the
# fields it should not leave out (a warning until Python 3.15).
_DEFAULTS = {}


def _defaults_of(cls):
    for klass in cls.__mro__:
        if klass in _DEFAULTS:
            return _DEFAULTS[klass]
    return (), ()


def _deprecated(message):
    import warnings
    # Point at the line that called the constructor.
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def _node_repr(node, depth):
    cls = type(node)
    if depth >= 3:
        return f'{cls.__name__}(...)'
    parts = []
    for name in cls._fields:
        if hasattr(node, name):
            parts.append(f'{name}={_value_repr(getattr(node, name), depth + 1)}')
    return f'{cls.__name__}({", ".join(parts)})'


def _value_repr(value, depth):
    if isinstance(value, list):
        items = value if len(value) <= 2 else [value[0], ..., value[-1]]
        return '[' + ', '.join('...' if x is ... else _value_repr(x, depth) for x in items) + ']'
    if isinstance(value, AST):
        return _node_repr(value, depth)
    return repr(value)


def _field_type(kind, classes):
    base = kind.rstrip('?*')
    if base in ('identifier', 'string'):
        t = str
    elif base == 'int':
        t = int
    elif base == 'constant':
        t = object
    else:
        t = classes[base]
    if kind.endswith('*'):
        return list[t]
    if kind.endswith('?'):
        return t | None
    return t


def _field_default(kind, classes):
    if kind.endswith('*'):
        return list
    if kind == 'expr_context':
        return classes['Load']
    return None


def _make_class(name, base, fields, classes, pending, doc):
    cls = type(name, (base,), {'__doc__': doc, '__module__': 'ast'})
    classes[name] = cls
    if fields is not None:
        cls._fields = tuple(f for _, f in fields)
        cls.__match_args__ = cls._fields
        pending.append((cls, fields))
    return cls


def _parse_fields(text):
    fields = []
    for item in text.split(','):
        item = item.strip()
        if item:
            kind, name = item.split()
            fields.append((kind, name))
    return fields


def _build(namespace):
    classes = {'AST': AST}
    pending = []
    rules = []
    for line in _GRAMMAR.strip().splitlines():
        if line.startswith(' '):
            rules[-1] += ' ' + line.strip()
        else:
            rules.append(line)
    for rule in rules:
        if ' = (' in rule:
            head, body = rule.split(' = ', 1)
            located = head.endswith('@')
            name = head.rstrip('@')
            cls = _make_class(name, AST, _parse_fields(body.strip()[1:-1]), classes,
                              pending, f'{name}{body.strip()}')
            cls._attributes = _LOCATION if located else ()
            if located:
                cls.end_lineno = None
                cls.end_col_offset = None
            continue
        head, body = rule.split(': ', 1)
        located = head.endswith('@')
        name = head.rstrip('@')
        abstract = _make_class(name, AST, None, classes, pending, f'{name} = {body}')
        abstract._attributes = _LOCATION if located else ()
        if located and name not in _END_REQUIRED:
            abstract.end_lineno = None
            abstract.end_col_offset = None
        for alt in body.split(' | '):
            alt = alt.strip()
            if '(' in alt:
                node, fields = alt[:-1].split('(', 1)
                _make_class(node, abstract, _parse_fields(fields), classes, pending, alt)
            else:
                _make_class(alt, abstract, [], classes, pending, alt)
    for cls, fields in pending:
        cls._field_types = {name: _field_type(kind, classes) for kind, name in fields}
        defaults = []
        required = []
        for kind, name in fields:
            if kind.endswith('?'):
                # Read through the class: instances made without it lack it.
                setattr(cls, name, None)
                continue
            make = _field_default(kind, classes)
            if make is not None:
                defaults.append((name, make))
            else:
                required.append(name)
        _DEFAULTS[cls] = tuple(defaults), tuple(required)
    namespace.update(classes)


_build(globals())
del _build, _make_class, _parse_fields, _field_type, _field_default
del _GRAMMAR, _LOCATION, _END_REQUIRED

# Names a dump's float and complex values may use that are not literals.
_DUMP_NAMES = {'inf': float('inf'), 'infj': complex(0.0, float('inf'))}


def _shared(node):
    return lambda: node


# Parsed trees share one instance of each context and operator, as CPython's do.
for _base in (expr_context, boolop, operator, unaryop, cmpop):
    for _cls in _base.__subclasses__():
        _DUMP_NAMES[_cls.__name__] = _shared(_cls())
del _base, _cls, _shared


def _from_dump(text):
    """The nodes `ast.dump(tree, include_attributes=True)` wrote as `text`."""
    return eval(text, globals(), _DUMP_NAMES)


PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192
PyCF_OPTIMIZED_AST = 33792
