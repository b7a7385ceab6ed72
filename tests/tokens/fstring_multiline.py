f'''line1
{x
 + 1}
line3'''
f"{
  x
}"
