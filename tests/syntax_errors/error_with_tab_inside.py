a	b = 1 +
