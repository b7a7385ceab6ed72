import os
import os.path
import os.path as osp
from . import x
from .. mod import y as z
from sys import *
