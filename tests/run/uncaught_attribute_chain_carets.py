# Carets under a failing attribute access in a chain.
class Config:
    class Database:
        host = "localhost"
    db = Database()
cfg = Config()
print(cfg.db.host)
print(cfg.db.hostname.upper())
