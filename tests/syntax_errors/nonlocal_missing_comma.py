nonlocal x y
