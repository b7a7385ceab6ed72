# An exception whose __str__ itself fails is still reported.
class BadMessage(Exception):
    def __str__(self):
        raise RuntimeError("str failed")
raise BadMessage("ignored")
