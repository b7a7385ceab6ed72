a = $b
