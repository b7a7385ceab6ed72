x = 1
s = f"""
value: {
    x
    + 1
}
done {x:
>10}
"""
t = f"{
    x  # comment
}"
u = f"start {x
}" f"end"
