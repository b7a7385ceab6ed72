//! Constant folding in the instruction stream, with CPython 3.14's limits
//! on the size of what may be precomputed.

use crate::consts::ConstPool;
use crate::flowgraph::{const_of, CInstr};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use taipan_bytecode::oparg::{BinaryOperator, Intrinsic1};
use taipan_bytecode::AnyOpcode as Op;
use taipan_bytecode::ConstValue;
use taipan_syntax::ast::{Expr, ExprKind, Operator, UnaryOp};

const MAX_INT_SIZE: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;
const MIN_CONST_SEQUENCE_SIZE: u32 = 3;
const STACK_USE_GUIDELINE: u32 = 30;

/// The `LOAD_SMALL_INT` argument for an int in 0..256.
pub fn small_int(c: &ConstValue) -> Option<u32> {
    match c {
        ConstValue::Int(i) => i.to_u32().filter(|v| *v < 256),
        _ => None,
    }
}

fn loads_const(op: Op) -> bool {
    matches!(op, Op::LOAD_CONST | Op::LOAD_SMALL_INT)
}

/// The `n` constant-loading instructions right before `end` (NOPs skipped).
fn const_loads_before(instrs: &[CInstr], end: usize, n: usize) -> Option<Vec<usize>> {
    let mut found = Vec::with_capacity(n);
    let mut pos = end;
    while found.len() < n {
        if pos == 0 {
            return None;
        }
        pos -= 1;
        let op = instrs[pos].op;
        if op == Op::NOP {
            continue;
        }
        if !loads_const(op) {
            return None;
        }
        found.push(pos);
    }
    found.reverse();
    Some(found)
}

/// Makes `instr` load `value`.
fn make_load_const(instr: &mut CInstr, value: ConstValue, consts: &mut ConstPool) {
    let (op, arg) = match small_int(&value) {
        Some(v) => (Op::LOAD_SMALL_INT, v),
        None => (Op::LOAD_CONST, consts.add(value)),
    };
    instr.op = op;
    instr.arg = arg;
    instr.target = None;
}

/// NOPs without a location: they disappear, and an instruction later put
/// in their place takes the location of what precedes it.
fn nop_out(instrs: &mut [CInstr], positions: &[usize]) {
    for &p in positions {
        instrs[p].op = Op::NOP;
        instrs[p].arg = 0;
        instrs[p].loc = crate::location::Location::NONE;
    }
}

pub fn fold_tuple_of_constants(instrs: &mut [CInstr], i: usize, consts: &mut ConstPool) {
    let n = instrs[i].arg;
    if n > STACK_USE_GUIDELINE {
        return;
    }
    let Some(loads) = const_loads_before(instrs, i, n as usize) else {
        return;
    };
    let items = loads
        .iter()
        .map(|&p| const_of(&instrs[p], consts))
        .collect();
    nop_out(instrs, &loads);
    make_load_const(&mut instrs[i], ConstValue::Tuple(items), consts);
}

pub fn optimize_lists_and_sets(
    instrs: &mut [CInstr],
    i: usize,
    nextop: Option<Op>,
    consts: &mut ConstPool,
) {
    let contains_or_iter = matches!(nextop, Some(Op::GET_ITER) | Some(Op::CONTAINS_OP));
    let n = instrs[i].arg;
    if n > STACK_USE_GUIDELINE || (n < MIN_CONST_SEQUENCE_SIZE && !contains_or_iter) {
        return;
    }
    let Some(loads) = const_loads_before(instrs, i, n as usize) else {
        if contains_or_iter && instrs[i].op == Op::BUILD_LIST {
            instrs[i].op = Op::BUILD_TUPLE;
        }
        return;
    };
    let items: Vec<ConstValue> = loads
        .iter()
        .map(|&p| const_of(&instrs[p], consts))
        .collect();
    let is_set = instrs[i].op == Op::BUILD_SET;
    let value = if is_set {
        let mut unique: Vec<ConstValue> = Vec::new();
        for it in items {
            if !unique.iter().any(|u| const_eq(u, &it)) {
                unique.push(it);
            }
        }
        ConstValue::FrozenSet(unique)
    } else {
        ConstValue::Tuple(items)
    };
    let index = consts.add(value);
    nop_out(instrs, &loads);
    if contains_or_iter {
        instrs[i].op = Op::LOAD_CONST;
        instrs[i].arg = index;
    } else if i >= 2 {
        let l = instrs[i].loc;
        let op = instrs[i].op;
        instrs[i - 2].loc = l;
        instrs[i - 2].op = op;
        instrs[i - 2].arg = 0;
        instrs[i - 1].op = Op::LOAD_CONST;
        instrs[i - 1].arg = index;
        instrs[i].op = if is_set {
            Op::SET_UPDATE
        } else {
            Op::LIST_EXTEND
        };
        instrs[i].arg = 1;
    }
}

/// Python `==` between constants, as far as set membership needs it.
fn const_eq(a: &ConstValue, b: &ConstValue) -> bool {
    use ConstValue::*;
    match (a, b) {
        (Int(x), Int(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => *x == BigInt::from(u8::from(*y)),
        (Float(x), Float(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => x.to_f64() == Some(*y) && y.fract() == 0.0,
        _ => a.key() == b.key(),
    }
}

pub fn fold_list_to_tuple(instrs: &mut [CInstr], i: usize, consts: &mut ConstPool) {
    let mut expect_append = true;
    let mut found = 0;
    let mut pos = i;
    while pos > 0 {
        pos -= 1;
        let instr = instrs[pos];
        if instr.op == Op::NOP {
            continue;
        }
        if instr.op == Op::BUILD_LIST && instr.arg == 0 {
            if !expect_append {
                return;
            }
            let mut items = Vec::with_capacity(found);
            for p in pos..i {
                if loads_const(instrs[p].op) {
                    items.push(const_of(&instrs[p], consts));
                }
                if instrs[p].op != Op::NOP {
                    nop_out(instrs, &[p]);
                }
            }
            make_load_const(&mut instrs[i], ConstValue::Tuple(items), consts);
            return;
        }
        if expect_append {
            if instr.op != Op::LIST_APPEND || instr.arg != 1 {
                return;
            }
        } else {
            if !loads_const(instr.op) {
                return;
            }
            found += 1;
        }
        expect_append = !expect_append;
    }
}

pub fn fold_const_unaryop(instrs: &mut [CInstr], i: usize, consts: &mut ConstPool) {
    let Some(loads) = const_loads_before(instrs, i, 1) else {
        return;
    };
    let operand = const_of(&instrs[loads[0]], consts);
    let op = instrs[i].op;
    let result = match (op, &operand) {
        (Op::UNARY_NEGATIVE, ConstValue::Int(v)) => Some(ConstValue::Int(-v)),
        (Op::UNARY_NEGATIVE, ConstValue::Float(f)) => Some(ConstValue::Float(-f)),
        (Op::UNARY_NEGATIVE, ConstValue::Bool(b)) => {
            Some(ConstValue::Int(-BigInt::from(u8::from(*b))))
        }
        (Op::UNARY_NEGATIVE, ConstValue::Complex { real, imag }) => Some(ConstValue::Complex {
            real: -real,
            imag: -imag,
        }),
        (Op::UNARY_INVERT, ConstValue::Int(v)) => Some(ConstValue::Int(-v - 1)),
        (Op::UNARY_NOT, ConstValue::Bool(b)) => Some(ConstValue::Bool(!b)),
        (
            Op::CALL_INTRINSIC_1,
            ConstValue::Int(_) | ConstValue::Float(_) | ConstValue::Complex { .. },
        ) if instrs[i].arg == Intrinsic1::INTRINSIC_UNARY_POSITIVE as u32 => Some(operand.clone()),
        _ => None,
    };
    if let Some(r) = result {
        nop_out(instrs, &loads);
        make_load_const(&mut instrs[i], r, consts);
    }
}

pub fn fold_const_binop(instrs: &mut [CInstr], i: usize, consts: &mut ConstPool) {
    let Some(loads) = const_loads_before(instrs, i, 2) else {
        return;
    };
    let left = const_of(&instrs[loads[0]], consts);
    let right = const_of(&instrs[loads[1]], consts);
    if let Some(r) = eval_binop(instrs[i].arg, &left, &right) {
        nop_out(instrs, &loads);
        make_load_const(&mut instrs[i], r, consts);
    }
}

fn as_int(c: &ConstValue) -> Option<BigInt> {
    match c {
        ConstValue::Int(i) => Some(i.clone()),
        ConstValue::Bool(b) => Some(BigInt::from(u8::from(*b))),
        _ => None,
    }
}

fn as_float(c: &ConstValue) -> Option<f64> {
    match c {
        ConstValue::Float(f) => Some(*f),
        ConstValue::Int(_) | ConstValue::Bool(_) => {
            let i = as_int(c)?;
            let f = i.to_f64()?;
            f.is_finite().then_some(f)
        }
        _ => None,
    }
}

fn bits(i: &BigInt) -> u64 {
    i.bits()
}

/// Evaluates `left op right` when it is safe and cheap to do at compile time.
fn eval_binop(op: u32, left: &ConstValue, right: &ConstValue) -> Option<ConstValue> {
    use ConstValue as C;
    let op = BinaryOperator::from_u32(op)?;
    if op == BinaryOperator::NB_SUBSCR {
        return subscript(left, right);
    }
    let inplace = BinaryOperator::NB_INPLACE_ADD as u32;
    let op = if op as u32 >= inplace {
        BinaryOperator::from_u32(op as u32 - inplace)?
    } else {
        op
    };
    // `&`, `|` and `^` of two bools give a bool.
    if let (C::Bool(a), C::Bool(b)) = (left, right) {
        match op {
            BinaryOperator::NB_AND => return Some(C::Bool(a & b)),
            BinaryOperator::NB_OR => return Some(C::Bool(a | b)),
            BinaryOperator::NB_XOR => return Some(C::Bool(a ^ b)),
            _ => {}
        }
    }
    if let (Some(a), Some(b)) = (as_int(left), as_int(right)) {
        if !matches!(left, C::Float(_)) && !matches!(right, C::Float(_)) {
            return eval_int(op, &a, &b);
        }
    }
    if matches!(left, C::Complex { .. }) || matches!(right, C::Complex { .. }) {
        return eval_complex(op, left, right);
    }
    if matches!(left, C::Float(_)) || matches!(right, C::Float(_)) {
        let (a, b) = (as_float(left)?, as_float(right)?);
        return eval_float(op, a, b).map(C::Float);
    }
    match (op, left, right) {
        (BinaryOperator::NB_ADD, C::Str(a), C::Str(b)) => {
            let mut s = a.clone();
            s.push_wtf8(b);
            (s.len() <= MAX_STR_SIZE || a.is_empty() || b.is_empty()).then_some(C::Str(s))
        }
        (BinaryOperator::NB_ADD, C::Bytes(a), C::Bytes(b)) => {
            Some(C::Bytes([a.as_slice(), b.as_slice()].concat()))
        }
        (BinaryOperator::NB_ADD, C::Tuple(a), C::Tuple(b)) => {
            let mut t = a.clone();
            t.extend(b.iter().cloned());
            Some(C::Tuple(t))
        }
        (
            BinaryOperator::NB_MULTIPLY,
            C::Str(_) | C::Bytes(_) | C::Tuple(_),
            C::Int(_) | C::Bool(_),
        ) => repeat(left, &as_int(right)?),
        (
            BinaryOperator::NB_MULTIPLY,
            C::Int(_) | C::Bool(_),
            C::Str(_) | C::Bytes(_) | C::Tuple(_),
        ) => repeat(right, &as_int(left)?),
        _ => None,
    }
}

/// The value of a literal pattern or mapping-pattern key: the grammar
/// allows signed numbers and `real ± imaginary` there, which CPython's AST
/// optimizer folds to one constant before code generation.
pub fn pattern_literal(e: &Expr) -> Option<ConstValue> {
    match &e.kind {
        ExprKind::Constant { value, .. } => Some(ConstValue::from(value)),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match pattern_literal(operand)? {
            ConstValue::Int(v) => Some(ConstValue::Int(-v)),
            ConstValue::Float(f) => Some(ConstValue::Float(-f)),
            ConstValue::Complex { real, imag } => Some(ConstValue::Complex {
                real: -real,
                imag: -imag,
            }),
            _ => None,
        },
        ExprKind::BinOp { left, op, right } => {
            let op = match op {
                Operator::Add => BinaryOperator::NB_ADD,
                Operator::Sub => BinaryOperator::NB_SUBTRACT,
                _ => return None,
            };
            eval_complex(op, &pattern_literal(left)?, &pattern_literal(right)?)
        }
        _ => None,
    }
}

/// `+`, `-`, `*` and division by a real with a complex operand, by 3.14's mixed-mode rules: a
/// real operand combines with both parts without being made complex first
/// (`1 + 2j` keeps the imaginary part's sign). The other divisions and
/// powers are left to run time.
fn eval_complex(op: BinaryOperator, left: &ConstValue, right: &ConstValue) -> Option<ConstValue> {
    use BinaryOperator as B;
    let part = |c: &ConstValue| match c {
        ConstValue::Complex { real, imag } => Some((*real, Some(*imag))),
        _ => as_float(c).map(|f| (f, None)),
    };
    let ((ar, ai), (br, bi)) = (part(left)?, part(right)?);
    let (real, imag) = match (op, ai, bi) {
        (B::NB_ADD, Some(ai), Some(bi)) => (ar + br, ai + bi),
        (B::NB_ADD, Some(i), None) | (B::NB_ADD, None, Some(i)) => (ar + br, i),
        (B::NB_SUBTRACT, Some(ai), Some(bi)) => (ar - br, ai - bi),
        (B::NB_SUBTRACT, Some(ai), None) => (ar - br, ai),
        (B::NB_SUBTRACT, None, Some(bi)) => (ar - br, -bi),
        (B::NB_MULTIPLY, Some(ai), Some(bi)) => (ar * br - ai * bi, ar * bi + ai * br),
        (B::NB_MULTIPLY, Some(ai), None) => (ar * br, ai * br),
        (B::NB_MULTIPLY, None, Some(bi)) => (ar * br, ar * bi),
        (B::NB_TRUE_DIVIDE, Some(ai), None) if br != 0.0 => (ar / br, ai / br),
        _ => return None,
    };
    Some(ConstValue::Complex { real, imag })
}

/// `seq[index]` or `seq[slice]` for a constant str, bytes or tuple.
fn subscript(seq: &ConstValue, index: &ConstValue) -> Option<ConstValue> {
    use ConstValue as C;
    let len = match seq {
        C::Str(s) => s.code_points().count(),
        C::Bytes(b) => b.len(),
        C::Tuple(t) => t.len(),
        _ => return None,
    };
    let item = |i: usize| -> ConstValue {
        match seq {
            C::Str(s) => {
                let mut w = taipan_syntax::wtf8::Wtf8Buf::new();
                w.push_code_point(s.code_points().nth(i).unwrap_or(0));
                C::Str(w)
            }
            C::Bytes(b) => C::Int(BigInt::from(b[i])),
            C::Tuple(t) => t[i].clone(),
            _ => C::None,
        }
    };
    match index {
        C::Int(i) => {
            let i = i.to_i64()?;
            let i = if i < 0 { i + len as i64 } else { i };
            (0..len as i64).contains(&i).then(|| item(i as usize))
        }
        C::Slice(parts) => {
            let get = |c: &ConstValue| -> Option<Option<i64>> {
                match c {
                    C::None => Some(None),
                    C::Int(i) => i.to_i64().map(Some),
                    _ => None,
                }
            };
            let (start, stop, step) = (get(&parts[0])?, get(&parts[1])?, get(&parts[2])?);
            let step = step.unwrap_or(1);
            if step == 0 {
                return None;
            }
            let n = len as i64;
            let clamp = |v: i64, lo: i64, hi: i64| v.max(lo).min(hi);
            let norm = |v: i64| if v < 0 { v + n } else { v };
            let (lo, hi) = if step > 0 { (0, n) } else { (-1, n - 1) };
            let start = start.map_or(if step > 0 { 0 } else { n - 1 }, |v| clamp(norm(v), lo, hi));
            let stop = stop.map_or(if step > 0 { n } else { -1 }, |v| clamp(norm(v), lo, hi));
            let mut idx = Vec::new();
            let mut i = start;
            while (step > 0 && i < stop) || (step < 0 && i > stop) {
                idx.push(i as usize);
                i += step;
            }
            Some(match seq {
                C::Str(s) => {
                    let cps: Vec<u32> = s.code_points().collect();
                    let mut w = taipan_syntax::wtf8::Wtf8Buf::new();
                    for i in idx {
                        w.push_code_point(cps[i]);
                    }
                    C::Str(w)
                }
                C::Bytes(b) => C::Bytes(idx.iter().map(|&i| b[i]).collect()),
                C::Tuple(t) => C::Tuple(idx.iter().map(|&i| t[i].clone()).collect()),
                _ => return None,
            })
        }
        _ => None,
    }
}

fn repeat(seq: &ConstValue, n: &BigInt) -> Option<ConstValue> {
    let n = n.to_i64()?.max(0) as usize;
    match seq {
        ConstValue::Str(s) => {
            let len = s.code_points().count();
            if len > 0 && len * n > MAX_STR_SIZE {
                return None;
            }
            let mut out = taipan_syntax::wtf8::Wtf8Buf::new();
            for _ in 0..n {
                out.push_wtf8(s);
            }
            Some(ConstValue::Str(out))
        }
        ConstValue::Bytes(b) => {
            if !b.is_empty() && b.len() * n > MAX_STR_SIZE {
                return None;
            }
            Some(ConstValue::Bytes(b.repeat(n)))
        }
        ConstValue::Tuple(t) => {
            if !t.is_empty() && t.len() * n > MAX_COLLECTION_SIZE {
                return None;
            }
            let mut out = Vec::with_capacity(t.len() * n);
            for _ in 0..n {
                out.extend(t.iter().cloned());
            }
            Some(ConstValue::Tuple(out))
        }
        _ => None,
    }
}

fn eval_int(op: BinaryOperator, a: &BigInt, b: &BigInt) -> Option<ConstValue> {
    use ConstValue::Int;
    Some(match op {
        BinaryOperator::NB_ADD => Int(a + b),
        BinaryOperator::NB_SUBTRACT => Int(a - b),
        BinaryOperator::NB_MULTIPLY => {
            if !a.is_zero() && !b.is_zero() && bits(a) + bits(b) > MAX_INT_SIZE {
                return None;
            }
            Int(a * b)
        }
        BinaryOperator::NB_FLOOR_DIVIDE => {
            if b.is_zero() {
                return None;
            }
            Int(a.div_floor(b))
        }
        BinaryOperator::NB_REMAINDER => {
            if b.is_zero() {
                return None;
            }
            Int(a.mod_floor(b))
        }
        BinaryOperator::NB_POWER => {
            if b.is_negative() {
                return None;
            }
            let e = b.to_u32()?;
            if !a.is_zero() && bits(a) * u64::from(e) > MAX_INT_SIZE {
                return None;
            }
            Int(num_traits::pow(a.clone(), e as usize))
        }
        BinaryOperator::NB_LSHIFT => {
            if b.is_negative() {
                return None;
            }
            let s = b.to_u64()?;
            if !a.is_zero() && (s > MAX_INT_SIZE || bits(a) > MAX_INT_SIZE - s) {
                return None;
            }
            Int(a << s as usize)
        }
        BinaryOperator::NB_RSHIFT => {
            if b.is_negative() {
                return None;
            }
            let s = b.to_u64().unwrap_or(u64::MAX).min(1 << 20);
            Int(a >> s as usize)
        }
        BinaryOperator::NB_AND => Int(a & b),
        BinaryOperator::NB_OR => Int(a | b),
        BinaryOperator::NB_XOR => Int(a ^ b),
        BinaryOperator::NB_TRUE_DIVIDE => {
            if b.is_zero() {
                return None;
            }
            let limit = BigInt::from(1u64 << 53);
            if a.abs() > limit || b.abs() > limit {
                return None;
            }
            ConstValue::Float(a.to_f64()? / b.to_f64()?)
        }
        _ => return None,
    })
}

fn eval_float(op: BinaryOperator, a: f64, b: f64) -> Option<f64> {
    let r = match op {
        BinaryOperator::NB_ADD => a + b,
        BinaryOperator::NB_SUBTRACT => a - b,
        BinaryOperator::NB_MULTIPLY => a * b,
        BinaryOperator::NB_TRUE_DIVIDE => {
            if b == 0.0 {
                return None;
            }
            a / b
        }
        BinaryOperator::NB_FLOOR_DIVIDE => {
            if b == 0.0 {
                return None;
            }
            float_divmod(a, b).0
        }
        BinaryOperator::NB_REMAINDER => {
            if b == 0.0 {
                return None;
            }
            float_divmod(a, b).1
        }
        BinaryOperator::NB_POWER => {
            if a == 0.0 && b < 0.0 {
                return None;
            }
            if a < 0.0 && b.fract() != 0.0 {
                return None;
            }
            a.powf(b)
        }
        _ => return None,
    };
    (r.is_finite() || !(a.is_finite() && b.is_finite())).then_some(r)
}

/// Python's float floor division and modulo.
fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// Removes a `SWAP` by exchanging the stores that follow it instead
/// (CPython's `apply_static_swaps`).
pub fn apply_static_swaps(instrs: &mut [CInstr], start: usize) {
    let swappable = |op: Op| matches!(op, Op::STORE_FAST | Op::STORE_FAST_MAYBE_NULL | Op::POP_TOP);
    let stores_to = |i: &CInstr| {
        if matches!(i.op, Op::STORE_FAST | Op::STORE_FAST_MAYBE_NULL) {
            i.arg as i64
        } else {
            -1
        }
    };
    let next_swappable = |instrs: &[CInstr], mut i: usize, lineno: Option<i32>| -> Option<usize> {
        loop {
            i += 1;
            if i >= instrs.len() {
                return None;
            }
            if let Some(l) = lineno {
                if l >= 0 && instrs[i].loc.lineno != l {
                    return None;
                }
            }
            if instrs[i].op == Op::NOP {
                continue;
            }
            return swappable(instrs[i].op).then_some(i);
        }
    };
    let mut i = start as i64;
    while i >= 0 {
        let idx = i as usize;
        let swap = instrs[idx];
        if swap.op != Op::SWAP {
            if swap.op == Op::NOP || swappable(swap.op) {
                i -= 1;
                continue;
            }
            return;
        }
        let Some(j) = next_swappable(instrs, idx, None) else {
            return;
        };
        let lineno = instrs[j].loc.lineno;
        let mut k = j;
        for _ in 1..swap.arg {
            match next_swappable(instrs, k, Some(lineno)) {
                Some(n) => k = n,
                None => return,
            }
        }
        let (sj, sk) = (stores_to(&instrs[j]), stores_to(&instrs[k]));
        if sj >= 0 || sk >= 0 {
            if sj == sk {
                return;
            }
            for instr in &instrs[j + 1..k] {
                let s = stores_to(instr);
                if s >= 0 && (s == sj || s == sk) {
                    return;
                }
            }
        }
        instrs[idx].op = Op::NOP;
        instrs[idx].arg = 0;
        instrs.swap(j, k);
        i -= 1;
    }
}
