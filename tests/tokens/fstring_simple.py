f'a{b}c'
f"{x!r:>{w}}"
f'{x=}'
f'{{}}'
