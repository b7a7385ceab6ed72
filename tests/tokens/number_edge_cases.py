1if 1else 2
0x1for
1_2_3
1e1_0
