s = 'ab' + 'cd'
t = 'x' * 3
b = b'a' + b'b'
