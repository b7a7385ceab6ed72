import re
pattern = re.compile("\d+")
path = b"C:\Windows"
