# More library modules whose work goes through re: fnmatch, ipaddress, urllib.parse, difflib, html.
import fnmatch, ipaddress, urllib.parse, difflib, html
print(fnmatch.translate("a?[!x]*"), fnmatch.fnmatchcase("x.py", "*.py"))
print(ipaddress.ip_address("192.168.0.1"), ipaddress.ip_network("10.0.0.0/8").num_addresses, ipaddress.ip_address("::1"))
print(urllib.parse.urlparse("http://u:p@host:80/a/b?x=1#f"), urllib.parse.parse_qs("a=1&b=2&a=3"))
print(list(difflib.unified_diff(["a\n", "b\n"], ["a\n", "c\n"])))
print(difflib.SequenceMatcher(None, "abcd", "bcde").ratio(), difflib.get_close_matches("appel", ["ape", "apple", "peach"]))
print(html.unescape("&lt;a&gt; &amp; &#39; &eacute;"), html.escape("<x>"))
