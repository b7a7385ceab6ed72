a = 1
f"{{literal}} {a}"
f"\\{a}\\"
f"\N{BULLET} {a}"
rf"\d+{a}\n"
fr"{a}\{a}"
F"{a}" Rf"{a}" fR"{a}"
f"\x41\u00e9\U0001f600{a}"
f"{a}" "plain" f"{a!a}"
