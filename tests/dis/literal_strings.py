a = 'single'
b = "double"
c = '''tri
ple'''
d = r'\d+'
e = 'caf\xe9'
f = '\u20ac'
g = b'\x00\xff'
h = 'it\'s'
