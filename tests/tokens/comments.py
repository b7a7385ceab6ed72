# top
x = 1  # trailing
    # indented comment

#end