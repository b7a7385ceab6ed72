# Linked list and binary search tree classes with iteration and recursion.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        for x in reversed(list(items)):
            self.head = Node(x, self.head)
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __len__(self):
        return sum(1 for _ in self)
    def __repr__(self):
        return " -> ".join(map(str, self)) or "(empty)"
ll = LinkedList(range(5))
print(ll, len(ll))
ll.reverse()
print(ll, list(ll), LinkedList())
class BST:
    def __init__(self):
        self.root = None
    def insert(self, k):
        def ins(node):
            if node is None:
                return [k, None, None]
            if k < node[0]:
                node[1] = ins(node[1])
            elif k > node[0]:
                node[2] = ins(node[2])
            return node
        self.root = ins(self.root)
    def inorder(self, node="root"):
        node = self.root if node == "root" else node
        if node:
            yield from self.inorder(node[1])
            yield node[0]
            yield from self.inorder(node[2])
    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node[1]), self.height(node[2]))
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(list(t.inorder()), t.height())
