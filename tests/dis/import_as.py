import os as o
import os.path as p
import a.b.c as d, e as f
