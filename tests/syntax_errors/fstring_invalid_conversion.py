x = f'{a!z}'
