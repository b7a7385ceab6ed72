'a' "b" '''c''' """d""" r'\n' b'x' rb"y" BR'z' u'w'
