from . import x
from .. import y
from .a import b
from ...c.d import e as f
