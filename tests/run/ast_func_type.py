# mode='func_type' (signature type comments) and compile()'s mode errors.
import ast

for src in ["(int, *str) -> bool", "() -> None", "(List[int], **Any) -> Dict[str, int]"]:
    print(ast.dump(ast.parse(src, mode="func_type"), include_attributes=True))
for src in ["(a,) -> b", "int -> bool", "(int) bool"]:
    try:
        ast.parse(src, mode="func_type")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset)
for args in [("x", "s", "func_type"), ("x", "s", "bad", ast.PyCF_ONLY_AST), ("x", "s", "bad"),
             ("x", "s", "bad", 1 << 30)]:
    try:
        compile(*args)
    except ValueError as e:
        print("ValueError", e)
