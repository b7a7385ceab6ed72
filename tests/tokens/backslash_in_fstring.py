f'\n{x}\t'
f'\{x}'
