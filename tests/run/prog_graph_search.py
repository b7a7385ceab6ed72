# BFS shortest paths, DFS ordering, topological sort and Dijkstra on small graphs.
from collections import deque
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def bfs(start):
    dist = {start: 0}
    q = deque([start])
    while q:
        u = q.popleft()
        for v in graph[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                q.append(v)
    return dist
def dfs(u, seen=None, order=None):
    seen = set() if seen is None else seen
    order = [] if order is None else order
    seen.add(u)
    order.append(u)
    for v in graph[u]:
        if v not in seen:
            dfs(v, seen, order)
    return order
def topo():
    indeg = {u: 0 for u in graph}
    for u in graph:
        for v in graph[u]:
            indeg[v] += 1
    q = deque(sorted(u for u in graph if indeg[u] == 0))
    out = []
    while q:
        u = q.popleft()
        out.append(u)
        for v in graph[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                q.append(v)
    return out
print(bfs("a"), dfs("a"), topo())
weighted = {"s": {"a": 7, "b": 2}, "a": {"t": 1}, "b": {"a": 3, "t": 8}, "t": {}}
def dijkstra(src):
    dist = {u: float("inf") for u in weighted}
    dist[src] = 0
    todo = set(weighted)
    while todo:
        u = min(sorted(todo), key=lambda n: dist[n])
        todo.remove(u)
        for v, w in weighted[u].items():
            dist[v] = min(dist[v], dist[u] + w)
    return dist
print(dijkstra("s"))
