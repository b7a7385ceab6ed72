# -*- coding: latin-1 -*-
s = "café"
b = b"caf\xe9"
