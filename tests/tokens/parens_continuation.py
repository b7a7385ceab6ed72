x = (1,
     2,

     3)
y = [
  # comment
]
