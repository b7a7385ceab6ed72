# and/or return operands and short-circuit evaluation.
def t(label, value):
    print("eval", label)
    return value
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", "") or t("b", "default"))
print(t("a", "x") or t("b", "y"))
print(not t("a", []), not t("a", [0]))
print(1 and 2 and 3, 0 or "" or None, 1 or 0 and 0, (1 or 0) and 0)
x = None
print(x and x.attr, x or "fallback")
print([] or {} or 0 or "last", 5 and [] and 5)
print(t("c", 0) if t("cond", False) else t("d", 1))
