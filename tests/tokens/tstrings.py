t'a{b}c'
t'{x!r:>{w}}'
rt'{x}\n'
t'''{
 x}'''
