t1 = t'plain'
