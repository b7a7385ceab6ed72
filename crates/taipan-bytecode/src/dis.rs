//! The text `dis.dis(code)` prints, exactly as CPython 3.14 lays it out.
//!
//! Used by `taipan`'s dump options and by the runtime's `dis` module, and
//! it is how compiler output is compared with CPython's. The column rules
//! (line-number width, `L<n>:` labels for jump targets and exception-table
//! boundaries, 20-wide opnames, 5-wide opargs that shrink when a name
//! overflows, blank lines between source lines, `-->` for the current
//! instruction) follow 3.14's `Lib/dis.py` behaviour.
//!
//! Code-object addresses: a standalone formatter has no object addresses, so
//! by default a code object is shown at [`stable_address`], a hash of its
//! contents that is the same on every run (tests can compare output without
//! masking). The runtime passes the real object address instead.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::code::{CodeFlags, CodeObject, ConstValue};
use crate::exception_table::ExceptionTableEntry;
use crate::instruction::CodeUnit;
use crate::location::Location;
use crate::oparg::{
    BinaryOperator, CommonConstant, ComparisonOp, Conversion, FunctionAttribute, Intrinsic1,
    Intrinsic2, SpecialMethod,
};
use crate::opcode::{ArgKind, Opcode};
use crate::repr::{code_repr, const_repr};

/// The live (possibly specialized) code units of a code object, for
/// `adaptive=True`; `None` falls back to `co_code`. The runtime should
/// put back the original instruction where it installed `ENTER_EXECUTOR`,
/// as CPython's `dis` does.
pub type AdaptiveCode<'a> = &'a dyn Fn(&CodeObject) -> Option<Vec<CodeUnit>>;

/// `dis.dis` keyword arguments.
#[derive(Clone, Copy)]
pub struct DisOptions<'a> {
    /// Show inline cache entries as `CACHE` lines.
    pub show_caches: bool,
    /// Show byte offsets.
    pub show_offsets: bool,
    /// Show full source spans instead of line numbers.
    pub show_positions: bool,
    /// How many levels of nested code objects to show (`None`: all).
    pub depth: Option<usize>,
    /// Show specialized instructions and cache contents from the live code.
    pub adaptive: Option<AdaptiveCode<'a>>,
    /// Byte offset of the instruction to mark with `-->` (top level only).
    pub lasti: Option<usize>,
    /// The address printed in a code object's repr.
    pub address: &'a dyn Fn(&CodeObject) -> u64,
}

impl Default for DisOptions<'_> {
    fn default() -> Self {
        DisOptions {
            show_caches: false,
            show_offsets: false,
            show_positions: false,
            depth: None,
            adaptive: None,
            lasti: None,
            address: &stable_address,
        }
    }
}

/// A deterministic stand-in for a code object's address: FNV-1a over its
/// name, file, first line and code, kept to 48 bits so it looks like a
/// user-space pointer.
pub fn stable_address(code: &CodeObject) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            hash ^= b as u64;
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    feed(code.qualname.as_bytes());
    feed(code.filename.as_bytes());
    feed(&code.firstlineno.to_le_bytes());
    feed(&code.code_bytes());
    hash & 0xffff_ffff_ffff
}

/// `repr(code)` with the address the options give it.
pub fn code_object_repr(code: &CodeObject, options: &DisOptions) -> String {
    code_repr(code, (options.address)(code))
}

/// `dis.dis(code)`: the code object, then every nested code object in
/// `co_consts`, recursively.
pub fn dis(code: &CodeObject, options: &DisOptions) -> String {
    let mut out = String::new();
    dis_recursive(&mut out, code, options, options.depth, true);
    out
}

fn dis_recursive(
    out: &mut String,
    code: &CodeObject,
    options: &DisOptions,
    depth: Option<usize>,
    top: bool,
) {
    disassemble_into(out, code, options, if top { options.lasti } else { None });
    if depth == Some(0) {
        return;
    }
    let depth = depth.map(|d| d - 1);
    for nested in code.nested_code() {
        out.push('\n');
        writeln!(out, "Disassembly of {}:", code_object_repr(nested, options)).unwrap();
        dis_recursive(out, nested, options, depth, false);
    }
}

/// `dis.code_info(code)`: the summary `dis.show_code` prints (no trailing
/// newline, as in CPython).
pub fn code_info(code: &CodeObject, options: &DisOptions) -> String {
    let mut lines = vec![
        format!("Name:              {}", code.name),
        format!("Filename:          {}", code.filename),
        format!("Argument count:    {}", code.argcount),
        format!("Positional-only arguments: {}", code.posonlyargcount),
        format!("Kw-only arguments: {}", code.kwonlyargcount),
        format!("Number of locals:  {}", code.nlocals()),
        format!("Stack size:        {}", code.stacksize),
        format!("Flags:             {}", pretty_flags(code.flags)),
    ];
    let mut section = |title: &str, items: Vec<String>| {
        if !items.is_empty() {
            lines.push(format!("{title}:"));
            for (i, item) in items.iter().enumerate() {
                lines.push(format!("{i:4}: {item}"));
            }
        }
    };
    let strings = |names: Vec<&str>| names.into_iter().map(String::from).collect();
    section(
        "Constants",
        code.consts
            .iter()
            .map(|c| const_repr(c, options.address))
            .collect(),
    );
    section("Names", code.names.clone());
    section("Variable names", strings(code.varnames()));
    section("Free variables", strings(code.freevars()));
    section("Cell variables", strings(code.cellvars()));
    lines.join("\n")
}

/// `dis.pretty_flags`: flag names lowest bit first, unknown bits in hex,
/// and `0x0` for no flags.
pub fn pretty_flags(flags: CodeFlags) -> String {
    if flags.0 == 0 {
        return "0x0".to_string();
    }
    (0..32)
        .map(|bit| 1u32 << bit)
        .filter(|&bit| flags.0 & bit != 0)
        .map(|bit| {
            CodeFlags::NAMES
                .iter()
                .find(|(flag, _)| flag.0 == bit)
                .map_or_else(|| format!("{bit:#x}"), |(_, name)| name.to_string())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `dis.disassemble(code)`: one code object, without nested ones.
pub fn disassemble(code: &CodeObject, options: &DisOptions) -> String {
    let mut out = String::new();
    disassemble_into(&mut out, code, options, options.lasti);
    out
}

const OPNAME_WIDTH: usize = 20;
const OPARG_WIDTH: usize = 5;
const NO_LINENO: &str = "  --";

/// One line of the listing before formatting.
struct Line {
    offset: usize,
    opname: &'static str,
    arg: Option<i64>,
    argrepr: String,
    starts_line: bool,
    line: Option<i32>,
    label: Option<usize>,
    position: Location,
    current: bool,
}

struct Columns {
    lineno: usize,
    label: usize,
    offset: usize,
    show_positions: bool,
}

fn disassemble_into(
    out: &mut String,
    code: &CodeObject,
    options: &DisOptions,
    lasti: Option<usize>,
) {
    let original = &code.code;
    let adaptive = options.adaptive.and_then(|live| live(code));
    let live: &[CodeUnit] = match &adaptive {
        Some(units) if units.len() == original.len() => units,
        _ => original,
    };

    // Line starts: the first byte offset of each `co_lines()` range.
    let linestarts: BTreeMap<usize, Option<i32>> = code
        .lines()
        .into_iter()
        .map(|(start, _, line)| (start, line))
        .collect();
    let exceptions = code.exception_entries();
    let positions: Vec<Location> = code.positions().collect();

    // Labels: jump targets, then exception-table boundaries, numbered in
    // offset order.
    let units = walk(original);
    let mut label_offsets: Vec<usize> = units
        .iter()
        .filter_map(|u| jump_target(u.opcode, u.arg, u.index))
        .collect();
    for e in &exceptions {
        label_offsets.extend([
            e.start as usize * 2,
            e.end as usize * 2,
            e.target as usize * 2,
        ]);
    }
    label_offsets.sort_unstable();
    label_offsets.dedup();
    let labels: BTreeMap<usize, usize> = label_offsets
        .iter()
        .enumerate()
        .map(|(i, &offset)| (offset, i + 1))
        .collect();

    let columns = Columns {
        lineno: if options.show_positions {
            positions_width(&positions)
        } else {
            lineno_width(&linestarts)
        },
        label: 4 + labels.len().to_string().len(),
        offset: if options.show_offsets {
            (original.len() * 2)
                .saturating_sub(2)
                .max(9999)
                .to_string()
                .len()
        } else {
            0
        },
        show_positions: options.show_positions,
    };

    let mut line_number = None;
    for unit in &units {
        let offset = unit.index * 2;
        let starts_line = linestarts.contains_key(&offset);
        if let Some(&line) = linestarts.get(&offset) {
            line_number = line;
        }
        let live_op = live[unit.index].op;
        let opname = Opcode::from_u8(live_op).map_or("<unknown>", |op| op.name());
        let generic = unit.opcode.map(Opcode::deopt);
        let caches = generic.map_or(0, |op| op.cache_entries());
        let position = positions.get(unit.index).copied().unwrap_or_default();
        let line = Line {
            offset,
            opname,
            arg: unit.arg,
            argrepr: unit
                .arg
                .and_then(|arg| {
                    generic.map(|op| argrepr(code, op, arg, unit.index, &labels, options))
                })
                .unwrap_or_default(),
            starts_line,
            line: line_number,
            label: labels.get(&offset).copied(),
            position,
            current: lasti.is_some_and(|l| offset <= l && l <= offset + 2 * caches),
        };
        print_line(out, &columns, &line);
        if options.show_caches && caches > 0 {
            let mut cache_offset = offset;
            let mut unit_index = unit.index + 1;
            for &(name, size) in generic.map_or(&[][..], |op| op.cache_format()) {
                let data = &live[unit_index..(unit_index + size as usize).min(live.len())];
                let value = data.iter().rev().fold(0u128, |acc, u| {
                    acc << 16 | (u.arg as u128) << 8 | u.op as u128
                });
                for i in 0..size {
                    cache_offset += 2;
                    let cache_line = Line {
                        offset: cache_offset,
                        opname: "CACHE",
                        arg: Some(0),
                        argrepr: if i == 0 {
                            format!("{name}: {value}")
                        } else {
                            String::new()
                        },
                        starts_line: false,
                        line: None,
                        label: None,
                        position,
                        current: false,
                    };
                    print_line(out, &columns, &cache_line);
                }
                unit_index += size as usize;
            }
        }
    }

    if !exceptions.is_empty() {
        out.push_str("ExceptionTable:\n");
        for ExceptionTableEntry {
            start,
            end,
            target,
            depth,
            lasti,
        } in exceptions
        {
            let label = |index: u32| labels[&(index as usize * 2)];
            writeln!(
                out,
                "  L{} to L{} -> L{} [{depth}]{}",
                label(start),
                label(end),
                label(target),
                if lasti { " lasti" } else { "" }
            )
            .unwrap();
        }
    }
}

/// An instruction as `dis` walks the code: `EXTENDED_ARG` prefixes are
/// listed on their own (with the oparg accumulated so far).
struct Unit {
    index: usize,
    opcode: Option<Opcode>,
    arg: Option<i64>,
}

fn walk(code: &[CodeUnit]) -> Vec<Unit> {
    let mut units = Vec::new();
    let mut extended: i64 = 0;
    let mut index = 0;
    while index < code.len() {
        let opcode = code[index].opcode().map(Opcode::deopt);
        let takes_arg = opcode.is_some_and(|op| op.has_arg());
        let arg = if takes_arg {
            // CPython keeps the oparg in a C int; wrap the same way.
            let arg = code[index].arg as i64 | extended;
            extended = if opcode == Some(Opcode::EXTENDED_ARG) {
                (arg << 8) as i32 as i64
            } else {
                0
            };
            Some(arg)
        } else {
            extended = 0;
            None
        };
        units.push(Unit { index, opcode, arg });
        index += 1 + opcode.map_or(0, |op| op.cache_entries());
    }
    units
}

/// Byte offset a jump instruction at unit `index` goes to.
fn jump_target(opcode: Option<Opcode>, arg: Option<i64>, index: usize) -> Option<usize> {
    let opcode = opcode?;
    let arg = arg?;
    let after = (index + 1 + opcode.cache_entries()) as i64;
    let target = match opcode.arg_kind() {
        ArgKind::JumpForward => after + arg,
        ArgKind::JumpBackward => after - arg,
        _ => return None,
    };
    usize::try_from(target * 2).ok()
}

fn argrepr(
    code: &CodeObject,
    opcode: Opcode,
    arg: i64,
    index: usize,
    labels: &BTreeMap<usize, usize>,
    options: &DisOptions,
) -> String {
    let name = |i: i64| -> String {
        usize::try_from(i)
            .ok()
            .and_then(|i| code.names.get(i))
            .cloned()
            .unwrap_or_default()
    };
    let local = |i: i64| -> String {
        u32::try_from(i)
            .ok()
            .and_then(|i| code.varname_from_oparg(i))
            .unwrap_or_default()
            .to_string()
    };
    let table = |text: Option<&'static str>| text.unwrap_or_default().to_string();
    let small = u32::try_from(arg).ok();
    match opcode.arg_kind() {
        ArgKind::None | ArgKind::Raw | ArgKind::Jump | ArgKind::Handler => String::new(),
        ArgKind::Const => usize::try_from(arg)
            .ok()
            .and_then(|i| code.consts.get(i))
            .map(|c: &ConstValue| const_repr(c, options.address))
            .unwrap_or_default(),
        ArgKind::Name => name(arg),
        ArgKind::GlobalName => with_suffix(name(arg >> 1), arg & 1 != 0, " + NULL"),
        ArgKind::AttrName => with_suffix(name(arg >> 1), arg & 1 != 0, " + NULL|self"),
        ArgKind::SuperAttrName => with_suffix(name(arg >> 2), arg & 1 != 0, " + NULL|self"),
        ArgKind::Local | ArgKind::Free => local(arg),
        ArgKind::LocalPair => format!("{}, {}", local(arg >> 4), local(arg & 15)),
        ArgKind::JumpForward | ArgKind::JumpBackward => {
            let preposition = if opcode == Opcode::END_ASYNC_FOR {
                "from"
            } else {
                "to"
            };
            match jump_target(Some(opcode), Some(arg), index).and_then(|t| labels.get(&t)) {
                Some(label) => format!("{preposition} L{label}"),
                None => String::new(),
            }
        }
        ArgKind::Compare => {
            let op = table(
                small
                    .and_then(ComparisonOp::from_oparg)
                    .map(ComparisonOp::text),
            );
            with_bool(op, arg & 16 != 0)
        }
        ArgKind::BinaryOp => table(
            small
                .and_then(BinaryOperator::from_u32)
                .map(BinaryOperator::text),
        ),
        ArgKind::Intrinsic1 => table(small.and_then(Intrinsic1::from_u32).map(Intrinsic1::text)),
        ArgKind::Intrinsic2 => table(small.and_then(Intrinsic2::from_u32).map(Intrinsic2::text)),
        ArgKind::CommonConstant => table(
            small
                .and_then(CommonConstant::from_u32)
                .map(CommonConstant::text),
        ),
        ArgKind::SpecialMethod => table(
            small
                .and_then(SpecialMethod::from_u32)
                .map(SpecialMethod::text),
        ),
        ArgKind::Convert => table(small.and_then(Conversion::from_u32).map(Conversion::text)),
        ArgKind::FunctionAttribute => FunctionAttribute::ALL
            .iter()
            .filter(|attr| arg & attr.bit() as i64 != 0)
            .map(|attr| attr.text())
            .collect::<Vec<_>>()
            .join(", "),
        ArgKind::Is => if arg != 0 { "is not" } else { "is" }.to_string(),
        ArgKind::Contains => if arg != 0 { "not in" } else { "in" }.to_string(),
    }
}

fn with_suffix(name: String, flag: bool, suffix: &str) -> String {
    if flag && !name.is_empty() {
        name + suffix
    } else {
        name
    }
}

fn with_bool(op: String, to_bool: bool) -> String {
    if to_bool {
        format!("bool({op})")
    } else {
        op
    }
}

/// Width of the line-number column: at least 3, 4 when some instruction
/// has no line (shown `--`), 0 when no instruction has a line. Line 0
/// (the module's `RESUME`) does not count, as in CPython.
fn lineno_width(linestarts: &BTreeMap<usize, Option<i32>>) -> usize {
    let Some(max) = linestarts.values().flatten().filter(|&&l| l != 0).max() else {
        return 0;
    };
    let width = 3.max(max.to_string().len());
    if width < NO_LINENO.len() && linestarts.values().any(Option::is_none) {
        NO_LINENO.len()
    } else {
        width
    }
}

/// Width of the positions column (`show_positions`): the widest
/// `LINE:COL-ENDLINE:ENDCOL` plus one, at least 5; 0 without positions.
fn positions_width(positions: &[Location]) -> usize {
    let parts = |p: &Location| [p.line, p.end_line, p.col, p.end_col];
    let has_value = positions
        .iter()
        .any(|p| parts(p).iter().any(Option::is_some));
    if !has_value {
        return 0;
    }
    let widest = positions
        .iter()
        .map(|p| {
            parts(p)
                .iter()
                .map(|v| v.map_or(1, |v| v.to_string().len()))
                .sum::<usize>()
        })
        .max()
        .unwrap_or(0);
    1 + NO_LINENO.len().max(3 + widest)
}

fn print_line(out: &mut String, columns: &Columns, line: &Line) {
    if columns.lineno > 0 && line.starts_line && line.offset > 0 {
        out.push('\n');
    }
    let mut fields: Vec<String> = Vec::new();
    if columns.lineno > 0 {
        let width = columns.lineno;
        if columns.show_positions {
            let p = line.position;
            let text = if [p.line, p.end_line, p.col, p.end_col]
                .iter()
                .all(Option::is_none)
            {
                NO_LINENO.to_string()
            } else {
                let show = |v: Option<i32>| v.map_or("?".to_string(), |v| v.to_string());
                format!(
                    "{}:{}-{}:{}",
                    show(p.line),
                    show(p.col),
                    show(p.end_line),
                    show(p.end_col)
                )
            };
            fields.push(format!("{text:<width$}"));
        } else if line.starts_line {
            match line.line {
                Some(n) => fields.push(format!("{n:>width$}")),
                None => fields.push(format!("{NO_LINENO:>width$}")),
            }
        } else {
            fields.push(" ".repeat(width));
        }
    }
    let label_width = columns.label;
    match line.label {
        Some(label) => fields.push(format!("{:>label_width$}", format!("L{label}:"))),
        None => fields.push(" ".repeat(label_width)),
    }
    if columns.offset > 0 {
        let width = columns.offset;
        fields.push(format!("{:>width$}  ", line.offset));
    }
    fields.push(if line.current { "-->" } else { "   " }.to_string());
    fields.push(format!("{:<OPNAME_WIDTH$}", line.opname));
    if let Some(arg) = line.arg {
        let excess = line.opname.len().saturating_sub(OPNAME_WIDTH);
        let width = OPARG_WIDTH.saturating_sub(excess);
        fields.push(format!("{arg:>width$}"));
        if !line.argrepr.is_empty() {
            fields.push(format!("({})", line.argrepr));
        }
    }
    out.push_str(fields.join(" ").trim_end());
    out.push('\n');
}
