//! Checks the generated opcode tables against facts recorded from CPython
//! 3.14 (`tests/data/opcodes.txt`, made by `tests/data/extract_opcodes.py`).

use std::collections::{BTreeMap, BTreeSet};

use taipan_bytecode::oparg::{
    BinaryOperator, CommonConstant, ComparisonOp, Intrinsic1, Intrinsic2, SpecialMethod,
};
use taipan_bytecode::opcode::{HAVE_ARGUMENT, MIN_INSTRUMENTED_OPCODE};
use taipan_bytecode::{dis_stack_effect, AnyOpcode, Opcode};

const DATA: &str = include_str!("data/opcodes.txt");

fn records(kind: &str) -> impl Iterator<Item = Vec<&'static str>> + '_ {
    DATA.lines()
        .map(|line| line.split(' ').collect::<Vec<_>>())
        .filter(move |fields| fields[0] == kind)
        .map(|fields| fields[1..].to_vec())
}

fn op(name: &str) -> AnyOpcode {
    AnyOpcode::from_name(name).unwrap_or_else(|| panic!("no opcode {name}"))
}

#[test]
fn every_reference_opcode_exists_with_its_number() {
    let mut seen = BTreeSet::new();
    for fields in records("op").chain(records("specialized")) {
        let number: u16 = fields[1].parse().unwrap();
        assert_eq!(op(fields[0]).number(), number, "{}", fields[0]);
        assert_eq!(AnyOpcode::from_u16(number), Some(op(fields[0])));
        seen.insert(number);
    }
    // Nothing beyond the reference's opcodes.
    for &opcode in Opcode::ALL {
        assert!(seen.contains(&(opcode as u16)), "{opcode} is not in 3.14");
    }
}

#[test]
fn dis_classification_lists() {
    for fields in records("list") {
        let expected: BTreeSet<&str> = fields[1..].iter().copied().collect();
        let test: fn(AnyOpcode) -> bool = match fields[0] {
            "hasarg" => |op| op.arg_kind().has_arg(),
            "hasconst" => |op| op.arg_kind().has_const(),
            "hasname" => |op| op.arg_kind().has_name(),
            "hasjrel" | "hasjump" => |op| op.arg_kind().has_jrel(),
            "hasjabs" => |_| false,
            "haslocal" => |op| op.arg_kind().has_local(),
            "hasfree" => |op| op.arg_kind().has_free(),
            "hasexc" => |op| op.arg_kind().has_exc(),
            "hascompare" => |op| op.arg_kind().has_compare(),
            other => panic!("unknown list {other}"),
        };
        let actual: BTreeSet<&str> = records("op")
            .map(|f| op(f[0]))
            .filter(|&op| test(op))
            .map(|op| op.name())
            .collect();
        assert_eq!(actual, expected, "{}", fields[0]);
    }
}

#[test]
fn cache_layouts() {
    let mut formats = BTreeMap::new();
    for fields in records("cache") {
        let layout: Vec<(String, u8)> = fields[1..]
            .iter()
            .map(|f| {
                let (name, size) = f.split_once(':').unwrap();
                (name.to_string(), size.parse().unwrap())
            })
            .collect();
        formats.insert(fields[0], layout);
    }
    for &opcode in Opcode::GENERIC {
        let expected = formats.get(opcode.name()).cloned().unwrap_or_default();
        let actual: Vec<(String, u8)> = opcode
            .cache_format()
            .iter()
            .map(|&(name, size)| (name.to_string(), size))
            .collect();
        assert_eq!(actual, expected, "{opcode}");
        let total: usize = expected.iter().map(|&(_, size)| size as usize).sum();
        assert_eq!(opcode.cache_entries(), total, "{opcode}");
    }
}

#[test]
fn specialization_families() {
    let mut in_a_family = BTreeSet::new();
    for fields in records("family") {
        let base = Opcode::from_name(fields[0]).unwrap();
        let forms: Vec<&str> = base.specializations().iter().map(|op| op.name()).collect();
        assert_eq!(forms, fields[1..], "{base}");
        for &form in base.specializations() {
            assert_eq!(form.deopt(), base);
            assert!(form.is_specialized());
            assert_eq!(form.cache_entries(), base.cache_entries());
            in_a_family.insert(form);
        }
    }
    for &opcode in Opcode::ALL {
        assert_eq!(
            opcode.is_specialized(),
            in_a_family.contains(&opcode),
            "{opcode}"
        );
    }
}

#[test]
fn stack_effects_match_dis_stack_effect() {
    let mut checked = 0;
    for fields in records("effect") {
        let opcode = op(fields[0]);
        let oparg: u32 = if fields[1] == "-" {
            0
        } else {
            fields[1].parse().unwrap()
        };
        for (jump, expected) in [
            (None, fields[2]),
            (Some(true), fields[3]),
            (Some(false), fields[4]),
        ] {
            let expected: i32 = expected.parse().unwrap();
            assert_eq!(
                opcode.net_stack_effect(oparg, jump),
                expected,
                "{} oparg {oparg} jump {jump:?}",
                fields[0]
            );
            let python_arg = (fields[1] != "-").then_some(oparg as i32);
            assert_eq!(
                dis_stack_effect(opcode.number(), python_arg, jump),
                Some(expected),
                "{} oparg {oparg} jump {jump:?}",
                fields[0]
            );
            checked += 1;
        }
    }
    assert!(checked > 1000);
}

#[test]
fn module_constants() {
    for fields in records("const") {
        let value: u8 = fields[1].parse().unwrap();
        match fields[0] {
            "HAVE_ARGUMENT" => assert_eq!(HAVE_ARGUMENT, value),
            "MIN_INSTRUMENTED_OPCODE" => {
                assert_eq!(MIN_INSTRUMENTED_OPCODE, value);
                for &op in Opcode::ALL {
                    assert_eq!(
                        op.is_instrumented(),
                        op as u8 >= value
                            && op != Opcode::INSTRUMENTED_INSTRUCTION
                            && op != Opcode::INSTRUMENTED_LINE
                            && op != Opcode::ENTER_EXECUTOR,
                        "{op}"
                    );
                }
            }
            "EXTENDED_ARG" => assert_eq!(Opcode::EXTENDED_ARG as u8, value),
            other => panic!("unknown constant {other}"),
        }
    }
}

#[test]
fn oparg_names() {
    for fields in records("nb_op") {
        let op = BinaryOperator::from_u32(fields[0].parse().unwrap()).unwrap();
        assert_eq!((op.name(), op.text()), (fields[1], fields[2]));
    }
    assert_eq!(BinaryOperator::ALL.len(), records("nb_op").count());
    for fields in records("cmp_op") {
        let op = ComparisonOp::from_u32(fields[0].parse().unwrap()).unwrap();
        assert_eq!(op.text(), fields[1]);
    }
    for fields in records("intrinsic1") {
        let i = Intrinsic1::from_u32(fields[0].parse().unwrap()).unwrap();
        assert_eq!(i.text(), fields[1]);
    }
    assert_eq!(Intrinsic1::ALL.len(), records("intrinsic1").count());
    for fields in records("intrinsic2") {
        let i = Intrinsic2::from_u32(fields[0].parse().unwrap()).unwrap();
        assert_eq!(i.text(), fields[1]);
    }
    assert_eq!(Intrinsic2::ALL.len(), records("intrinsic2").count());
    for fields in records("common_constant") {
        let c = CommonConstant::from_u32(fields[0].parse().unwrap()).unwrap();
        assert_eq!(c.text(), fields[1..].join(" "));
    }
    assert_eq!(
        CommonConstant::ALL.len(),
        records("common_constant").count()
    );
    for fields in records("special_method") {
        let s = SpecialMethod::from_u32(fields[0].parse().unwrap()).unwrap();
        assert_eq!(s.text(), fields[1]);
    }
}
