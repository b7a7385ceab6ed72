# AttributeError with a "Did you mean" suggestion in the traceback.
class Config:
    def __init__(self):
        self.verbose = True
        self.timeout = 30
cfg = Config()
print(cfg.timeout)
print(cfg.timout)
