class C[T](Base[T], metaclass=Meta):
    pass
