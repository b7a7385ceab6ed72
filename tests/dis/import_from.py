from os import path
from os import path as p, sep
from a.b import (c, d as e)
