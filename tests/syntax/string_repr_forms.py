"it's"
'say "hi"'
'both \' and "'
"\x00\x1f\x7f\x80\xa0\xad"
"\u200b\u2028\u3000\ue000"
"\ud800\udfff"
"tab\there"
"é中文😀"
b"it's"
b'"'
b"\\"
"\N{LATIN SMALL LETTER A WITH ACUTE}"
