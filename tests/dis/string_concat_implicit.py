s = 'a' 'b' 'c'
f2 = 'x' f'{s}' 'y'
