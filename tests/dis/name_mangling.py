class C:
    __x = 1

    def __m(self):
        return self.__y

    def n(self):
        return __z
