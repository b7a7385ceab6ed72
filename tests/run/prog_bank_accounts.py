# A small object model with inheritance, class attributes, properties and exceptions.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed, self.available = needed, available
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"{type(self).__name__}(#{self.id} {self.owner}: {self._balance})"
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        return self.deposit(interest)
class Overdraft(Account):
    def __init__(self, owner, balance=0, limit=100):
        super().__init__(owner, balance)
        self.limit = limit
    def withdraw(self, amount):
        if amount > self._balance + self.limit:
            raise InsufficientFunds(amount, self._balance + self.limit)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
accounts = [Account("ann", 50), Savings("bob", 1000), Overdraft("cy", 10)]
accounts[0].deposit(25).withdraw(70)
accounts[1].add_interest()
accounts[2].withdraw(60)
for a in accounts:
    print(a, a.balance, a.history)
for acct, amt in ((accounts[0], 100), (accounts[2], 100)):
    try:
        acct.withdraw(amt)
    except InsufficientFunds as e:
        print(type(acct).__name__, "refused:", e, e.needed, e.available)
try:
    accounts[0].deposit(-1)
except ValueError as e:
    print(e)
try:
    accounts[0].balance = 5
except AttributeError as e:
    print(e)
print(sorted(accounts, key=lambda a: a.balance), sum(a.balance for a in accounts))
