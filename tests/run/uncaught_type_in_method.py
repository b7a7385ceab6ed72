# TypeError with carets inside a method call chain on one line.
class Account:
    def __init__(self, balance):
        self.balance = balance
    def deposit(self, amount):
        self.balance = self.balance + amount
        return self
acct = Account(10)
acct.deposit(5).deposit("20").deposit(1)
