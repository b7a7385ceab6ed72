g = (i for i in range(10))
