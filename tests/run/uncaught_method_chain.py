# Traceback lines for methods, lambdas and comprehensions.
class Pipeline:
    def __init__(self, steps):
        self.steps = steps
    def run(self, value):
        for step in self.steps:
            value = step(value)
        return value
p = Pipeline([lambda x: x + 1, lambda x: [v * 2 for v in x]])
print(p.run.__qualname__)
p.run(5)
