# Rendering templates in different ways: HTML escaping and SQL-style placeholders.
from string.templatelib import Template, Interpolation
def html(t):
    out = []
    for item in t:
        if isinstance(item, Interpolation):
            text = format(item.value, item.format_spec)
            out.append(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        else:
            out.append(item)
    return "".join(out)
def sql(t):
    query, params = [], []
    for item in t:
        if isinstance(item, str):
            query.append(item)
        else:
            query.append("?")
            params.append(item.value)
    return "".join(query), params
user = "<script>alert('x')</script> & co"
print(html(t"<p>Hello {user}!</p>"))
price = 3.14159
print(html(t"<b>{price:.2f}</b>"))
name, age = "O'Brien", 42
print(sql(t"SELECT * FROM people WHERE name = {name} AND age > {age}"))
print(list(t"" ), list(t"only text"), [type(x).__name__ for x in t"a{1}b{2}"])
