result = some_function(
    argument_one,
    argument_two,
)
value = (obj
         .attr
         .method())
total = (a +
         b)
