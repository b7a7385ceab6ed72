class A:
    class B:
        def m(self):
            def inner():
                return [x for x in range(3)]
            return inner
