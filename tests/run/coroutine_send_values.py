# Values sent into a coroutine reach the innermost __await__ generator.
class Request:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        answer = yield self.what
        return answer
async def ask_twice():
    a = await Request("name?")
    b = await Request("age?")
    return f"{a} is {b}"
async def outer():
    r = await ask_twice()
    return r.upper()
answers = {"name?": "ann", "age?": "33"}
c = outer()
question = c.send(None)
while True:
    print("asked:", question)
    try:
        question = c.send(answers[question])
    except StopIteration as e:
        print("result:", e.value)
        break
