def f():
    global g0
    g0 = 0
    global g1
    g1 = 1
    global g2
    g2 = 2
    global g3
    g3 = 3
    global g4
    g4 = 4
    global g5
    g5 = 5
    global g6
    g6 = 6
    global g7
    g7 = 7
    global g8
    g8 = 8
    global g9
    g9 = 9
    global g10
    g10 = 10
    global g11
    g11 = 11
    global g12
    g12 = 12
    global g13
    g13 = 13
    global g14
    g14 = 14
    global g15
    g15 = 15
    global g16
    g16 = 16
    global g17
    g17 = 17
    global g18
    g18 = 18
    global g19
    g19 = 19
    global g20
    g20 = 20
    global g21
    g21 = 21
    global g22
    g22 = 22
    global g23
    g23 = 23
    global g24
    g24 = 24
    global g25
    g25 = 25
    global g26
    g26 = 26
    global g27
    g27 = 27
    global g28
    g28 = 28
    global g29
    g29 = 29
    global g30
    g30 = 30
    global g31
    g31 = 31
    global g32
    g32 = 32
    global g33
    g33 = 33
    global g34
    g34 = 34
    global g35
    g35 = 35
    global g36
    g36 = 36
    global g37
    g37 = 37
    global g38
    g38 = 38
    global g39
    g39 = 39
    global g40
    g40 = 40
    global g41
    g41 = 41
    global g42
    g42 = 42
    global g43
    g43 = 43
    global g44
    g44 = 44
    global g45
    g45 = 45
    global g46
    g46 = 46
    global g47
    g47 = 47
    global g48
    g48 = 48
    global g49
    g49 = 49
    global g50
    g50 = 50
    global g51
    g51 = 51
    global g52
    g52 = 52
    global g53
    g53 = 53
    global g54
    g54 = 54
    global g55
    g55 = 55
    global g56
    g56 = 56
    global g57
    g57 = 57
    global g58
    g58 = 58
    global g59
    g59 = 59
    global g60
    g60 = 60
    global g61
    g61 = 61
    global g62
    g62 = 62
    global g63
    g63 = 63
    global g64
    g64 = 64
    global g65
    g65 = 65
    global g66
    g66 = 66
    global g67
    g67 = 67
    global g68
    g68 = 68
    global g69
    g69 = 69
    global g70
    g70 = 70
    global g71
    g71 = 71
    global g72
    g72 = 72
    global g73
    g73 = 73
    global g74
    g74 = 74
    global g75
    g75 = 75
    global g76
    g76 = 76
    global g77
    g77 = 77
    global g78
    g78 = 78
    global g79
    g79 = 79
    global g80
    g80 = 80
    global g81
    g81 = 81
    global g82
    g82 = 82
    global g83
    g83 = 83
    global g84
    g84 = 84
    global g85
    g85 = 85
    global g86
    g86 = 86
    global g87
    g87 = 87
    global g88
    g88 = 88
    global g89
    g89 = 89
    global g90
    g90 = 90
    global g91
    g91 = 91
    global g92
    g92 = 92
    global g93
    g93 = 93
    global g94
    g94 = 94
    global g95
    g95 = 95
    global g96
    g96 = 96
    global g97
    g97 = 97
    global g98
    g98 = 98
    global g99
    g99 = 99
    global g100
    g100 = 100
    global g101
    g101 = 101
    global g102
    g102 = 102
    global g103
    g103 = 103
    global g104
    g104 = 104
    global g105
    g105 = 105
    global g106
    g106 = 106
    global g107
    g107 = 107
    global g108
    g108 = 108
    global g109
    g109 = 109
    global g110
    g110 = 110
    global g111
    g111 = 111
    global g112
    g112 = 112
    global g113
    g113 = 113
    global g114
    g114 = 114
    global g115
    g115 = 115
    global g116
    g116 = 116
    global g117
    g117 = 117
    global g118
    g118 = 118
    global g119
    g119 = 119
    global g120
    g120 = 120
    global g121
    g121 = 121
    global g122
    g122 = 122
    global g123
    g123 = 123
    global g124
    g124 = 124
    global g125
    g125 = 125
    global g126
    g126 = 126
    global g127
    g127 = 127
    global g128
    g128 = 128
    global g129
    g129 = 129
    global g130
    g130 = 130
    global g131
    g131 = 131
    global g132
    g132 = 132
    global g133
    g133 = 133
    global g134
    g134 = 134
    global g135
    g135 = 135
    global g136
    g136 = 136
    global g137
    g137 = 137
    global g138
    g138 = 138
    global g139
    g139 = 139
    global g140
    g140 = 140
    global g141
    g141 = 141
    global g142
    g142 = 142
    global g143
    g143 = 143
    global g144
    g144 = 144
    global g145
    g145 = 145
    global g146
    g146 = 146
    global g147
    g147 = 147
    global g148
    g148 = 148
    global g149
    g149 = 149
    global g150
    g150 = 150
    global g151
    g151 = 151
    global g152
    g152 = 152
    global g153
    g153 = 153
    global g154
    g154 = 154
    global g155
    g155 = 155
    global g156
    g156 = 156
    global g157
    g157 = 157
    global g158
    g158 = 158
    global g159
    g159 = 159
    global g160
    g160 = 160
    global g161
    g161 = 161
    global g162
    g162 = 162
    global g163
    g163 = 163
    global g164
    g164 = 164
    global g165
    g165 = 165
    global g166
    g166 = 166
    global g167
    g167 = 167
    global g168
    g168 = 168
    global g169
    g169 = 169
    global g170
    g170 = 170
    global g171
    g171 = 171
    global g172
    g172 = 172
    global g173
    g173 = 173
    global g174
    g174 = 174
    global g175
    g175 = 175
    global g176
    g176 = 176
    global g177
    g177 = 177
    global g178
    g178 = 178
    global g179
    g179 = 179
    global g180
    g180 = 180
    global g181
    g181 = 181
    global g182
    g182 = 182
    global g183
    g183 = 183
    global g184
    g184 = 184
    global g185
    g185 = 185
    global g186
    g186 = 186
    global g187
    g187 = 187
    global g188
    g188 = 188
    global g189
    g189 = 189
    global g190
    g190 = 190
    global g191
    g191 = 191
    global g192
    g192 = 192
    global g193
    g193 = 193
    global g194
    g194 = 194
    global g195
    g195 = 195
    global g196
    g196 = 196
    global g197
    g197 = 197
    global g198
    g198 = 198
    global g199
    g199 = 199
    global g200
    g200 = 200
    global g201
    g201 = 201
    global g202
    g202 = 202
    global g203
    g203 = 203
    global g204
    g204 = 204
    global g205
    g205 = 205
    global g206
    g206 = 206
    global g207
    g207 = 207
    global g208
    g208 = 208
    global g209
    g209 = 209
    global g210
    g210 = 210
    global g211
    g211 = 211
    global g212
    g212 = 212
    global g213
    g213 = 213
    global g214
    g214 = 214
    global g215
    g215 = 215
    global g216
    g216 = 216
    global g217
    g217 = 217
    global g218
    g218 = 218
    global g219
    g219 = 219
    global g220
    g220 = 220
    global g221
    g221 = 221
    global g222
    g222 = 222
    global g223
    g223 = 223
    global g224
    g224 = 224
    global g225
    g225 = 225
    global g226
    g226 = 226
    global g227
    g227 = 227
    global g228
    g228 = 228
    global g229
    g229 = 229
    global g230
    g230 = 230
    global g231
    g231 = 231
    global g232
    g232 = 232
    global g233
    g233 = 233
    global g234
    g234 = 234
    global g235
    g235 = 235
    global g236
    g236 = 236
    global g237
    g237 = 237
    global g238
    g238 = 238
    global g239
    g239 = 239
    global g240
    g240 = 240
    global g241
    g241 = 241
    global g242
    g242 = 242
    global g243
    g243 = 243
    global g244
    g244 = 244
    global g245
    g245 = 245
    global g246
    g246 = 246
    global g247
    g247 = 247
    global g248
    g248 = 248
    global g249
    g249 = 249
    global g250
    g250 = 250
    global g251
    g251 = 251
    global g252
    g252 = 252
    global g253
    g253 = 253
    global g254
    g254 = 254
    global g255
    g255 = 255
    global g256
    g256 = 256
    global g257
    g257 = 257
    global g258
    g258 = 258
    global g259
    g259 = 259
