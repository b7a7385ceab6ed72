type Alias = int
type ListOf[T] = list[T]
