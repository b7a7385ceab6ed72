result = (
    first_value
    + second_value * (third - fourth)
    if condition
    else fallback(
        key="é",
        other=[1, 2, 3],
    )
)
