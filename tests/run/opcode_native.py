# The _opcode module and the opcode module built on it.
import _opcode
import opcode

for name in ["is_valid", "has_arg", "has_const", "has_name", "has_jump", "has_free",
             "has_local", "has_exc"]:
    f = getattr(_opcode, name)
    # Specialized forms are left out: Taipan's table gives them their
    # generic instruction's classification.
    print(name, [op for op in range(300) if f(op) and op not in opcode._specialized_opmap.values()])
print(_opcode.get_nb_ops())
print(_opcode.get_intrinsic1_descs())
print(_opcode.get_intrinsic2_descs())
print(_opcode.get_special_method_names())
print(_opcode.get_specialization_stats())
effects = []
for op in sorted(opcode.opmap.values()):
    for arg in (None, 0, 1, 3):
        for jump in (None, True, False):
            try:
                effects.append(_opcode.stack_effect(op, arg, jump=jump))
            except ValueError as e:
                effects.append(str(e))
print(effects)
for f in [lambda: _opcode.stack_effect(1000), lambda: _opcode.has_arg("x"),
          lambda: _opcode.stack_effect(), lambda: _opcode.has_arg(1, 2),
          lambda: _opcode.has_arg(), lambda: _opcode.has_arg(opcode=1),
          lambda: _opcode.stack_effect(1, 2, 3), lambda: _opcode.stack_effect(1, jump=1, x=2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(len(opcode.hasarg), opcode.hasconst, opcode.hasname[:5], opcode.hasjump[:5])
print(opcode.opname[100], opcode.stack_effect(opcode.opmap["POP_TOP"]))
