//! Code objects recorded from CPython 3.14 (`tests/data/dis/*.code`, made
//! by `tests/data/extract_code.py` from the `.py` next to them): their
//! location and exception tables decode to what CPython reports, encode
//! back to the same bytes, and `dis` prints exactly CPython's text.

use std::sync::Arc;

use num_bigint::BigInt;
use taipan_bytecode::dis::{code_info, dis, disassemble, DisOptions};
use taipan_bytecode::instruction::{code_bytes, code_units};
use taipan_bytecode::location::{Location, LocationTableBuilder};
use taipan_bytecode::{
    emit, exception_table, CodeFlags, CodeObject, CodeUnit, ConstValue, Instructions, LocalKind,
};
use taipan_syntax::wtf8::Wtf8Buf;

struct Recorded {
    code: Arc<CodeObject>,
    lines: Vec<(usize, usize, Option<i32>)>,
    positions: Vec<Location>,
    adaptive: Option<Vec<CodeUnit>>,
}

fn hex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
        .collect()
}

fn opt(text: &str) -> Option<i32> {
    (text != "-").then(|| text.parse().unwrap())
}

fn f64_from_hex(text: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(text, 16).unwrap())
}

/// Parses one constant of the extractor's notation; returns the rest.
fn parse_const<'a>(text: &'a str, codes: &[Arc<CodeObject>]) -> (ConstValue, &'a str) {
    let text = text.trim_start();
    let seq = |open: &str, close: char| {
        let mut rest = &text[open.len()..];
        let mut items = Vec::new();
        loop {
            rest = rest.trim_start();
            if let Some(after) = rest.strip_prefix(close) {
                return (items, after);
            }
            let (item, after) = parse_const(rest, codes);
            items.push(item);
            rest = after;
        }
    };
    if text.starts_with('(') {
        let (items, rest) = seq("(", ')');
        return (ConstValue::Tuple(items), rest);
    }
    if text.starts_with('{') {
        let (items, rest) = seq("{", '}');
        return (ConstValue::FrozenSet(items), rest);
    }
    if text.starts_with('[') {
        let (items, rest) = seq("[", ']');
        let parts: [ConstValue; 3] = items.try_into().unwrap();
        return (ConstValue::Slice(Box::new(parts)), rest);
    }
    let end = text.find([' ', ')', '}', ']']).unwrap_or(text.len());
    let (token, rest) = text.split_at(end);
    let value = match token.split_once(':') {
        None => match token {
            "N" => ConstValue::None,
            "T" => ConstValue::Bool(true),
            "F" => ConstValue::Bool(false),
            "E" => ConstValue::Ellipsis,
            other => panic!("bad constant {other}"),
        },
        Some(("i", v)) => ConstValue::Int(v.parse::<BigInt>().unwrap()),
        Some(("f", v)) => ConstValue::Float(f64_from_hex(v)),
        Some(("c", v)) => {
            let (re, im) = v.split_once(':').unwrap();
            ConstValue::Complex {
                real: f64_from_hex(re),
                imag: f64_from_hex(im),
            }
        }
        Some(("s", v)) => {
            // WTF-8 bytes (surrogates in their 3-byte form); rebuild by
            // code point.
            let bytes = hex(v);
            let mut s = Wtf8Buf::new();
            let mut i = 0;
            while i < bytes.len() {
                let b0 = bytes[i];
                let (len, init) = match b0 {
                    0x00..=0x7F => (1, b0 as u32),
                    0xC0..=0xDF => (2, (b0 & 0x1F) as u32),
                    0xE0..=0xEF => (3, (b0 & 0x0F) as u32),
                    _ => (4, (b0 & 0x07) as u32),
                };
                let cp = bytes[i + 1..i + len]
                    .iter()
                    .fold(init, |acc, &b| acc << 6 | (b & 0x3F) as u32);
                assert!(s.push_code_point(cp));
                i += len;
            }
            ConstValue::Str(s)
        }
        Some(("b", v)) => ConstValue::Bytes(hex(v)),
        Some(("C", v)) => ConstValue::Code(codes[v.parse::<usize>().unwrap()].clone()),
        Some((tag, _)) => panic!("bad constant tag {tag}"),
    };
    (value, rest)
}

/// Parses a `.code` file. Code objects are listed parents first, so they
/// are built from the last to the first (children before the constants
/// that refer to them).
fn load(name: &str) -> Vec<Recorded> {
    let path = format!("{}/tests/data/dis/{name}.code", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    let blocks: Vec<Vec<&str>> = text
        .split("end\n")
        .filter(|b| !b.trim().is_empty())
        .map(|b| b.lines().collect())
        .collect();
    let mut built: Vec<Option<Recorded>> = (0..blocks.len()).map(|_| None).collect();
    for (i, block) in blocks.iter().enumerate().rev() {
        let codes: Vec<Arc<CodeObject>> = built
            .iter()
            .map(|r| {
                r.as_ref()
                    .map_or_else(|| Arc::new(CodeObject::default()), |r| r.code.clone())
            })
            .collect();
        let field = |key: &str| -> &str {
            block
                .iter()
                .find_map(|l| {
                    l.strip_prefix(key)
                        .and_then(|r| r.strip_prefix(' ').or((r.is_empty()).then_some("")))
                })
                .unwrap_or_else(|| panic!("no {key}"))
        };
        let args: Vec<u32> = field("args")
            .split(' ')
            .map(|a| a.parse().unwrap())
            .collect();
        let mut code = CodeObject {
            code: code_units(&hex(field("co_code"))),
            consts: Vec::new(),
            names: field("names")
                .split_whitespace()
                .map(String::from)
                .collect(),
            localsplusnames: Vec::new(),
            localspluskinds: Vec::new(),
            argcount: args[0],
            posonlyargcount: args[1],
            kwonlyargcount: args[2],
            flags: CodeFlags(field("flags").parse().unwrap()),
            stacksize: field("stacksize").parse().unwrap(),
            firstlineno: field("firstlineno").parse().unwrap(),
            name: field("name").to_string(),
            qualname: field("qualname").to_string(),
            filename: field("filename").to_string(),
            linetable: hex(field("linetable")),
            exceptiontable: hex(field("exceptiontable")),
        };
        for slot in field("localsplus").split_whitespace() {
            let (name, kind) = slot.rsplit_once(':').unwrap();
            code.localsplusnames.push(name.to_string());
            code.localspluskinds.push(LocalKind(kind.parse().unwrap()));
        }
        for line in block.iter().filter_map(|l| l.strip_prefix("const ")) {
            let (value, rest) = parse_const(line, &codes);
            assert!(rest.trim().is_empty(), "trailing {rest}");
            code.consts.push(value);
        }
        let lines = field("lines")
            .split_whitespace()
            .map(|t| {
                let p: Vec<&str> = t.split(',').collect();
                (p[0].parse().unwrap(), p[1].parse().unwrap(), opt(p[2]))
            })
            .collect();
        let positions = field("positions")
            .split_whitespace()
            .map(|t| {
                let p: Vec<&str> = t.split(',').collect();
                Location {
                    line: opt(p[0]),
                    end_line: opt(p[1]),
                    col: opt(p[2]),
                    end_col: opt(p[3]),
                }
            })
            .collect();
        let adaptive = block
            .iter()
            .find_map(|l| l.strip_prefix("adaptive "))
            .map(|h| code_units(&hex(h)));
        built[i] = Some(Recorded {
            code: Arc::new(code),
            lines,
            positions,
            adaptive,
        });
    }
    built.into_iter().map(Option::unwrap).collect()
}

fn expected(name: &str) -> String {
    let path = format!("{}/tests/data/dis/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).unwrap()
}

/// Replaces the hex digits after " at 0x" with "ADDR", as the extractor
/// did to CPython's output.
fn mask_addresses(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find(" at 0x") {
        out.push_str(&rest[..i + 6]);
        out.push_str("ADDR");
        rest = rest[i + 6..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    out
}

fn assert_same_text(actual: &str, expected: &str) {
    if actual != expected {
        for (i, (a, e)) in actual.lines().zip(expected.lines()).enumerate() {
            assert_eq!(a, e, "first difference at line {}", i + 1);
        }
        assert_eq!(
            actual.lines().count(),
            expected.lines().count(),
            "line count"
        );
        panic!("texts differ in trailing newlines");
    }
}

const SAMPLES: &[&str] = &["basics", "constants", "control", "extended"];

#[test]
fn location_tables_decode_like_cpython() {
    for name in SAMPLES {
        for rec in load(name) {
            let code = &rec.code;
            assert_eq!(code.lines(), rec.lines, "{name} {} co_lines", code.qualname);
            let positions: Vec<Location> = code.positions().collect();
            assert_eq!(
                positions, rec.positions,
                "{name} {} co_positions",
                code.qualname
            );
            assert_eq!(positions.len(), code.code.len());
        }
    }
}

#[test]
fn location_tables_encode_like_cpython() {
    for name in SAMPLES {
        for rec in load(name) {
            // Runs of equal locations are what the assembler writes, one
            // run per group of instructions sharing a location.
            let mut builder = LocationTableBuilder::new(rec.code.firstlineno);
            let mut i = 0;
            while i < rec.positions.len() {
                let run = rec.positions[i..]
                    .iter()
                    .take_while(|&&p| p == rec.positions[i])
                    .count();
                builder.push(rec.positions[i], run);
                i += run;
            }
            assert_eq!(
                builder.finish(),
                rec.code.linetable,
                "{name} {}",
                rec.code.qualname
            );
        }
    }
}

#[test]
fn exception_tables_round_trip() {
    let mut seen = 0;
    for name in SAMPLES {
        for rec in load(name) {
            let entries = rec.code.exception_entries();
            seen += entries.len();
            assert_eq!(exception_table::encode(&entries), rec.code.exceptiontable);
        }
    }
    assert!(seen > 20);
}

#[test]
fn code_bytes_round_trip() {
    for rec in load("basics") {
        let bytes = code_bytes(&rec.code.code);
        assert_eq!(code_units(&bytes), rec.code.code);
    }
}

#[test]
fn emitting_the_decoded_instructions_rebuilds_co_code() {
    for name in SAMPLES {
        for rec in load(name) {
            let mut code = Vec::new();
            for instr in rec.code.instructions() {
                emit(&mut code, instr.opcode.unwrap(), instr.oparg);
                assert_eq!(code.len(), instr.end(), "{name} {}", rec.code.qualname);
            }
            assert_eq!(code, rec.code.code, "{name} {}", rec.code.qualname);
        }
    }
}

#[test]
fn dis_matches_cpython() {
    for name in SAMPLES {
        let module = load(name).remove(0).code;
        let text = dis(&module, &DisOptions::default());
        assert!(text.contains("Disassembly of <code object"));
        assert_same_text(&mask_addresses(&text), &expected(&format!("{name}.dis")));
        let options = DisOptions {
            show_caches: true,
            ..DisOptions::default()
        };
        let text = dis(&module, &options);
        assert_same_text(
            &mask_addresses(&text),
            &expected(&format!("{name}.caches.dis")),
        );
    }
}

#[test]
fn dis_options_match_cpython() {
    for name in SAMPLES {
        let module = load(name).remove(0).code;
        let offsets = DisOptions {
            show_offsets: true,
            depth: Some(1),
            ..DisOptions::default()
        };
        let text = dis(&module, &offsets);
        assert_same_text(
            &mask_addresses(&text),
            &expected(&format!("{name}.offsets.dis")),
        );
        let positions = DisOptions {
            show_positions: true,
            show_caches: true,
            ..DisOptions::default()
        };
        let text = dis(&module, &positions);
        assert_same_text(
            &mask_addresses(&text),
            &expected(&format!("{name}.positions.dis")),
        );
        // LASTI in extract_code.py.
        let lasti = DisOptions {
            lasti: Some(8),
            ..DisOptions::default()
        };
        let text = disassemble(&module, &lasti);
        assert!(text.contains("-->"));
        assert_same_text(
            &mask_addresses(&text),
            &expected(&format!("{name}.lasti.dis")),
        );
    }
}

#[test]
fn instructions_walk_specialized_code_like_generic_code() {
    for rec in load("basics") {
        let Some(live) = &rec.adaptive else { continue };
        let generic: Vec<_> = rec
            .code
            .instructions()
            .map(|i| (i.index, i.oparg))
            .collect();
        let specialized: Vec<_> = Instructions::new(live)
            .map(|i| {
                assert_eq!(
                    i.opcode.unwrap().deopt(),
                    rec.code.code[i.index].opcode().unwrap()
                );
                (i.index, i.oparg)
            })
            .collect();
        assert_eq!(specialized, generic);
    }
}

#[test]
fn code_info_matches_cpython() {
    for name in SAMPLES {
        let options = DisOptions::default();
        let infos: Vec<String> = load(name)
            .iter()
            .map(|rec| code_info(&rec.code, &options))
            .collect();
        let text = infos.join("\n\n") + "\n";
        assert_same_text(&mask_addresses(&text), &expected(&format!("{name}.info")));
    }
}

#[test]
fn adaptive_dis_matches_cpython() {
    let records = load("basics");
    let live = |code: &CodeObject| {
        records
            .iter()
            .find(|r| r.code.qualname == code.qualname)
            .and_then(|r| r.adaptive.clone())
    };
    let options = DisOptions {
        show_caches: true,
        adaptive: Some(&live),
        ..DisOptions::default()
    };
    let mut text = String::new();
    for rec in records.iter().filter(|r| r.adaptive.is_some()) {
        text.push_str(&dis(&rec.code, &options));
    }
    assert!(text.contains("BINARY_OP_ADD_INT") && text.contains("(counter: 832)"));
    assert_same_text(&text, &expected("basics.adaptive.dis"));
}
