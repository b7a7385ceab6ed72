# String annotations and forward references: annotationlib and typing read them through ast.
import annotationlib, typing
class A:
    x: list[int]
    y: 'Undefined | None'
print(annotationlib.get_annotations(A, format=annotationlib.Format.FORWARDREF))
fr = annotationlib.ForwardRef('dict[str, int]')
print(fr.evaluate(), repr(fr))
def f(a: 'Missing[int]', b: int = 1) -> 'str': pass
print(typing.get_type_hints(f, localns={'Missing': list}))
print(typing.ForwardRef('a.b').__forward_code__.co_names)
