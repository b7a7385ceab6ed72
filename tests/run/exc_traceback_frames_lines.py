# Walking a traceback: line numbers and function names for each level.
def level_a():
    return level_b()
def level_b():
    values = {}
    return values["missing"]
try:
    level_a()
except KeyError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_code.co_filename.endswith(".py"))
        tb = tb.tb_next
def raise_in_list_comp():
    return [1 / x for x in (1, 0)]
try:
    raise_in_list_comp()
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
