import os
import os.path
import a.b.c
