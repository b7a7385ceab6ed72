# Pure-Python modules built on the codecs: json round trips, locale's
# machine-independent parts, and _strptime.
import json
import locale
import time

obj = {"name": "caf\xe9", "n": [1, 2.5, None, True, False], "emoji": "\U0001f600",
       "esc": "tab\t\"q\"\\ \u2028", "nested": {"a": []}}
s = json.dumps(obj)
print(s)
print(json.loads(s) == obj)
print(json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=2))
print(json.dumps("\ud800"), json.loads('"\\ud83d\\ude00"'), json.loads('"\\u00e9"'))
print(json.loads(b'{"a": "\xc3\xa9"}'), json.loads('{"a": "x"}'.encode("utf-16")))
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno)
print(json.dumps([1, {"b": 2}], separators=(",", ":")), json.loads("[1e3, -0.5, 12345678901234567890]"))

print(locale.normalize("en_US.utf8"), locale.normalize("C"), locale.normalize("de_DE"))
print(locale.setlocale(locale.LC_ALL, None) is not None)
print(locale.localeconv()["decimal_point"] in ".,")
print(locale.format_string("%d items", 5))

print(time.strptime("2024-03-09 14:05:07", "%Y-%m-%d %H:%M:%S")[:6])
print(time.strptime("Sat Mar  9 14:05:07 2024")[:7])
print(time.strptime("09/03/24 2PM", "%d/%m/%y %I%p")[:4])
