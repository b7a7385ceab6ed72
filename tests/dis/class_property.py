class C:
    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value
