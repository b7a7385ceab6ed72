x = {"a": 1}
print(f"{x["a"]}")
print(f'{f'{f'{1}'}'}')
print(f"{'\\n'.join(["a", "b"])}")
s = f"""{f'''{x["a"]!r}'''}"""
