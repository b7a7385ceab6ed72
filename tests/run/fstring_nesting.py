# f-strings nested in f-strings, quotes reused (PEP 701), multi-line expressions.
names = ["a", "b"]
print(f"{f"{names[0]}"}", f"{"-".join(names)}", f"{'\t'.join(names)!r}")
width = 8
print(f"{'x':{'>'}{width}}|", f"{3.14159:{'.'}{2}f}", f"{f'{1 + 1}':>4}|")
print(f"{
    sum(
        [1, 2, 3]
    )
}")
value = {"k": [1, 2]}
print(f"{value["k"][1]}", f"{value!r}", f"{len(value) = }")
print(f"{'{'}{'}'}", f"{{{1}}}", f"{'\\'}")
print(f"{# a comment inside
    42}")
