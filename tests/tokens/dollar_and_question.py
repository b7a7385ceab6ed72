a = $b ? c
