# 3.14's deprecated constructor calls of AST nodes: a warning, not an error.
import ast
import warnings

warnings.simplefilter('always')
node = ast.Name(foo=1, ctx=ast.Load(), id='x')
print(sorted(node.__dict__.items()))
print(ast.Name().__dict__)
print(ast.AST(x=1).__dict__)
print(ast.Constant().__dict__, ast.Constant().kind)
print(ast.alias().__dict__)
class S(ast.Name):
    pass
print(S(q=1, id='x').__dict__)
print(ast.Name('x', lineno=3).lineno)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    ast.UnaryOp(ast.Not())
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
