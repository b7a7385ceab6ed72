# Single inheritance, overriding, super(), isinstance.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def kind(self):
        return "dog/" + super().kind()
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
p = Puppy("Rex", "lab")
print(p.speak(), p.kind(), p.breed, Puppy.__mro__)
print(isinstance(p, Animal), issubclass(Puppy, Animal), Puppy.__bases__, Dog.__subclasses__())
print(Animal("cat").speak(), Dog.sound, Puppy.sound)
class Base:
    def who(self):
        return "base"
    def call_who(self):
        return self.who()
class Derived(Base):
    def who(self):
        return "derived"
print(Derived().call_who(), Base().call_who(), Base.who(Derived()))
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
class Sub(Counter):
    pass
Counter(); Sub(); Sub()
print(Counter.count, Sub.count)
