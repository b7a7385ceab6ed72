s = f'plain'
t = f'{1}'
