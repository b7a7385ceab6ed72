"""Regenerate opcodes.txt from a CPython 3.14 interpreter.

Run: python3.14 extract_opcodes.py > opcodes.txt

The file records facts the Rust tables are checked against: every opcode's
number and dis classification, cache layout, specialization families and
`dis.stack_effect` for a spread of opargs on both jump paths.
"""
import dis
import opcode

ARGS = [0, 1, 2, 3, 4, 5, 7, 8, 15, 16, 17, 255, 256, 257, 258, 511, 513, 1000, 65535]
LISTS = ["hasarg", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal",
         "hasfree", "hasexc", "hascompare", "hasjump"]

for name, num in sorted(opcode.opmap.items(), key=lambda kv: kv[1]):
    print("op", name, num)
for name, num in sorted(opcode._specialized_opmap.items(), key=lambda kv: kv[1]):
    print("specialized", name, num)
for base, family in opcode._specializations.items():
    print("family", base, *family)
for lst in LISTS:
    print("list", lst, *[opcode.opname[i] for i in getattr(opcode, lst)])
for name, fmt in opcode._cache_format.items():
    print("cache", name, *[f"{k}:{v}" for k, v in fmt.items()])
for name, num in sorted(opcode.opmap.items(), key=lambda kv: kv[1]):
    takes_arg = num in opcode.hasarg
    for arg in ARGS if takes_arg else [None]:
        effects = []
        for jump in (None, True, False):
            effects.append(str(dis.stack_effect(num, arg, jump=jump)))
        print("effect", name, "-" if arg is None else arg, *effects)
for i, (nb, sym) in enumerate(opcode._nb_ops):
    print("nb_op", i, nb, sym)
for i, d in enumerate(opcode._intrinsic_1_descs):
    print("intrinsic1", i, d)
for i, d in enumerate(opcode._intrinsic_2_descs):
    print("intrinsic2", i, d)
for i, c in enumerate(opcode._common_constants):
    print("common_constant", i, c.__name__ if isinstance(c, type) else repr(c))
for i, s in enumerate(opcode._special_method_names):
    print("special_method", i, s)
for i, c in enumerate(opcode.cmp_op):
    print("cmp_op", i, c)
for name in ("HAVE_ARGUMENT", "MIN_INSTRUMENTED_OPCODE", "EXTENDED_ARG"):
    print("const", name, getattr(opcode, name))
