# pop/insert/clear/reverse/copy behaviour on lists.
q = []
for i in range(5):
    q.insert(0, i)
print(q, q.pop(), q.pop(0), q.pop(1), q)
q.reverse(); print(q)
c = q.copy(); c.append("c"); print(q, c)
q.clear(); print(q, len(q))
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
try:
    stack.pop()
except IndexError as e:
    print(e)
try:
    [1].pop("0")
except TypeError as e:
    print(e)
print([1, 2].pop(True), [1, 2, 3].pop(-3))
