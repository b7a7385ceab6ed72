# Compile-time SyntaxWarnings: identity comparison with literals, invalid escapes, missing commas.
x = 5
print(x is 5)
print("a\d")
print([(1, 2) (3, 4)] if False else "not called")
print("done")
