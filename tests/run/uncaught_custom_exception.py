# A user-defined exception with a custom __str__ and a module-qualified name.
class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
    def __str__(self):
        return f"missing configuration key {self.key!r}"
def load():
    raise ConfigError("database.url")
print("loading")
load()
