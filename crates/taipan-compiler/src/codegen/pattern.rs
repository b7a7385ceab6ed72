//! The `match` statement and its patterns (CPython's `codegen_match` and
//! `codegen_pattern_*`).
//!
//! A pattern is compiled against the subject on top of the stack; on
//! failure it jumps to one of the `fail_pop` labels, each of which pops one
//! more value before falling into the next. Captured values stay on the
//! stack, under the values still being matched (`on_top`), until the whole
//! pattern has matched; then they are stored.

use super::expr::compare_op;
use super::{loc, Compiler};
use crate::error::{syntax_error, CompileResult};
use crate::location::Location;
use crate::seq::Label;
use num_bigint::BigInt;
use taipan_bytecode::oparg::BinaryOperator;
use taipan_bytecode::AnyOpcode as Op;
use taipan_bytecode::ConstValue;
use taipan_syntax::ast::*;

/// The state of one pattern being compiled (CPython's `pattern_context`).
#[derive(Clone, Default)]
pub struct PatternContext {
    /// Names captured so far, in stack order.
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
    /// `fail_pop[i]` pops `i` values and fails.
    fail_pop: Vec<Label>,
    /// Values above the captures that must stay until the match is done.
    on_top: usize,
}

/// `case _` / `_` inside a pattern.
fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchStar { name: None })
}

/// Where CPython puts an instruction that belongs to whatever follows.
const NEXT_LOCATION: Location = Location {
    lineno: -2,
    end_lineno: -2,
    col: -2,
    end_col: -2,
};

impl<'a> Compiler<'a> {
    pub fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CompileResult<()> {
        self.expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        let has_default = n > 1 && cases.last().is_some_and(|m| is_wildcard(&m.pattern));
        let mut pc = PatternContext::default();
        for (i, m) in cases[..n - usize::from(has_default)].iter().enumerate() {
            let pl = loc(m.pattern.range);
            let last = i == n - usize::from(has_default) - 1;
            if !last {
                self.emit(Op::COPY, 1, pl);
            }
            pc.stores.clear();
            pc.allow_irrefutable = m.guard.is_some() || i == n - 1;
            pc.fail_pop.clear();
            pc.on_top = 0;
            self.pattern(&m.pattern, &mut pc)?;
            for name in pc.stores.clone() {
                self.nameop(&name, ExprContext::Store, pl)?;
            }
            pc.stores.clear();
            if let Some(guard) = &m.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(guard, target, false)?;
            }
            if !last {
                self.emit0(Op::POP_TOP, NEXT_LOCATION);
            }
            self.stmts(&m.body)?;
            self.jump(Op::JUMP, end, Location::NONE);
            self.emit_and_reset_fail_pop(&mut pc, pl);
        }
        if has_default {
            let m = &cases[n - 1];
            let pl = loc(m.pattern.range);
            if n == 1 {
                self.emit0(Op::POP_TOP, pl);
            } else {
                self.emit0(Op::NOP, pl);
            }
            if let Some(guard) = &m.guard {
                self.jump_if(guard, end, false)?;
            }
            self.stmts(&m.body)?;
        }
        self.use_label(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, l: Location, op: Op) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.jump(op, pc.fail_pop[pops], l);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext, l: Location) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.use_label(pc.fail_pop[i]);
            self.emit0(Op::POP_TOP, l);
        }
        self.use_label(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    fn rotate(&mut self, l: Location, mut count: usize) {
        while count > 1 {
            self.emit(Op::SWAP, count as u32, l);
            count -= 1;
        }
    }

    fn store_capture(
        &mut self,
        name: Option<&String>,
        pc: &mut PatternContext,
        p: &Pattern,
    ) -> CompileResult<()> {
        let l = loc(p.range);
        let Some(name) = name else {
            self.emit0(Op::POP_TOP, l);
            return Ok(());
        };
        if pc.stores.contains(name) {
            return Err(syntax_error(
                format!("multiple assignments to name '{name}' in pattern"),
                p.range,
            ));
        }
        let rotations = pc.on_top + pc.stores.len() + 1;
        self.rotate(l, rotations);
        pc.stores.push(name.clone());
        Ok(())
    }

    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CompileResult<()> {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = saved;
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CompileResult<()> {
        let l = loc(p.range);
        match &p.kind {
            PatternKind::MatchValue { value } => {
                if let Some(c) = crate::fold::pattern_literal(value) {
                    self.load_const(c, loc(value.range));
                } else if matches!(value.kind, ExprKind::Attribute { .. }) {
                    self.expr(value)?;
                } else {
                    return Err(syntax_error(
                        "patterns may only match literals and attribute lookups",
                        p.range,
                    ));
                }
                let (op, arg) = compare_op(CmpOp::Eq);
                self.emit(op, arg, l);
                self.emit0(Op::TO_BOOL, l);
                self.jump_to_fail_pop(pc, l, Op::POP_JUMP_IF_FALSE);
            }
            PatternKind::MatchSingleton { value } => {
                self.load_const(ConstValue::from(value), l);
                let (op, arg) = compare_op(CmpOp::Is);
                self.emit(op, arg, l);
                self.jump_to_fail_pop(pc, l, Op::POP_JUMP_IF_FALSE);
            }
            PatternKind::MatchSequence { patterns } => self.sequence_pattern(p, patterns, pc)?,
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.mapping_pattern(p, keys, patterns, rest.as_ref(), pc)?,
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.class_pattern(p, cls, patterns, kwd_attrs, kwd_patterns, pc)?,
            PatternKind::MatchStar { name } => self.store_capture(name.as_ref(), pc, p)?,
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match name {
                            Some(n) => {
                                format!("name capture '{n}' makes remaining patterns unreachable")
                            }
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(syntax_error(msg, p.range));
                    }
                    self.store_capture(name.as_ref(), pc, p)?;
                }
                Some(sub) => {
                    pc.on_top += 1;
                    self.emit(Op::COPY, 1, l);
                    self.pattern(sub, pc)?;
                    pc.on_top -= 1;
                    self.store_capture(name.as_ref(), pc, p)?;
                }
            },
            PatternKind::MatchOr { patterns } => self.or_pattern(p, patterns, pc)?,
        }
        Ok(())
    }

    fn sequence_pattern(
        &mut self,
        p: &'a Pattern,
        patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CompileResult<()> {
        let l = loc(p.range);
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, sub) in patterns.iter().enumerate() {
            if matches!(sub.kind, PatternKind::MatchStar { .. }) {
                if star.is_some() {
                    return Err(syntax_error(
                        "multiple starred names in sequence pattern",
                        p.range,
                    ));
                }
                star_wildcard = is_star_wildcard(sub);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(sub);
        }
        pc.on_top += 1;
        self.emit0(Op::MATCH_SEQUENCE, l);
        self.jump_to_fail_pop(pc, l, Op::POP_JUMP_IF_FALSE);
        match star {
            None => {
                self.emit0(Op::GET_LEN, l);
                self.load_const(ConstValue::Int(BigInt::from(size)), l);
                let (op, arg) = compare_op(CmpOp::Eq);
                self.emit(op, arg, l);
                self.jump_to_fail_pop(pc, l, Op::POP_JUMP_IF_FALSE);
            }
            Some(_) if size > 1 => {
                self.emit0(Op::GET_LEN, l);
                self.load_const(ConstValue::Int(BigInt::from(size - 1)), l);
                let (op, arg) = compare_op(CmpOp::GtE);
                self.emit(op, arg, l);
                self.jump_to_fail_pop(pc, l, Op::POP_JUMP_IF_FALSE);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit0(Op::POP_TOP, l);
        } else if star_wildcard {
            self.sequence_subscr(l, patterns, star.unwrap_or(0), pc)?;
        } else {
            self.sequence_unpack(p, l, patterns, pc)?;
        }
        Ok(())
    }

    fn sequence_unpack(
        &mut self,
        p: &Pattern,
        l: Location,
        patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CompileResult<()> {
        let n = patterns.len();
        let mut seen_star = false;
        for (i, sub) in patterns.iter().enumerate() {
            if matches!(sub.kind, PatternKind::MatchStar { .. }) {
                if seen_star {
                    return Err(syntax_error(
                        "multiple starred expressions in sequence pattern",
                        p.range,
                    ));
                }
                if i >= 1 << 8 || n - i > (i32::MAX >> 8) as usize {
                    return Err(syntax_error(
                        "too many expressions in star-unpacking sequence pattern",
                        p.range,
                    ));
                }
                self.emit(Op::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32, l);
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(Op::UNPACK_SEQUENCE, n as u32, l);
        }
        pc.on_top += n;
        for sub in patterns {
            pc.on_top -= 1;
            self.subpattern(sub, pc)?;
        }
        Ok(())
    }

    /// Matches `[a, *_, b]`-like patterns by indexing instead of unpacking.
    fn sequence_subscr(
        &mut self,
        l: Location,
        patterns: &'a [Pattern],
        star: usize,
        pc: &mut PatternContext,
    ) -> CompileResult<()> {
        pc.on_top += 1;
        let size = patterns.len();
        for (i, sub) in patterns.iter().enumerate() {
            if is_wildcard(sub) || i == star {
                continue;
            }
            self.emit(Op::COPY, 1, l);
            if i < star {
                self.load_const(ConstValue::Int(BigInt::from(i)), l);
            } else {
                // The subject may not support negative indices.
                self.emit0(Op::GET_LEN, l);
                self.load_const(ConstValue::Int(BigInt::from(size - i)), l);
                self.emit(Op::BINARY_OP, BinaryOperator::NB_SUBTRACT as u32, l);
            }
            self.emit(Op::BINARY_OP, BinaryOperator::NB_SUBSCR as u32, l);
            self.subpattern(sub, pc)?;
        }
        pc.on_top -= 1;
        self.emit0(Op::POP_TOP, l);
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        p: &'a Pattern,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&String>,
        pc: &mut PatternContext,
    ) -> CompileResult<()> {
        let l = loc(p.range);
        let size = keys.len();
        if size != patterns.len() {
            return Err(syntax_error(
                format!(
                    "keys ({size}) / patterns ({}) length mismatch in mapping pattern",
                    patterns.len()
                ),
                p.range,
            ));
        }
        pc.on_top += 1;
        self.emit0(Op::MATCH_MAPPING, l);
        self.jump_to_fail_pop(pc, l, Op::POP_JUMP_IF_FALSE);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit0(Op::POP_TOP, l);
            return Ok(());
        }
        if size > 0 {
            self.emit0(Op::GET_LEN, l);
            self.load_const(ConstValue::Int(BigInt::from(size)), l);
            let (op, arg) = compare_op(CmpOp::GtE);
            self.emit(op, arg, l);
            self.jump_to_fail_pop(pc, l, Op::POP_JUMP_IF_FALSE);
        }
        let mut seen: Vec<ConstValue> = Vec::new();
        for key in keys {
            if let Some(c) = crate::fold::pattern_literal(key) {
                if seen.iter().any(|s| s.key() == c.key()) {
                    return Err(syntax_error(
                        format!("mapping pattern checks duplicate key ({})", c.repr()),
                        p.range,
                    ));
                }
                seen.push(c.clone());
                self.load_const(c, loc(key.range));
            } else if matches!(key.kind, ExprKind::Attribute { .. }) {
                self.expr(key)?;
            } else {
                return Err(syntax_error(
                    "mapping pattern keys may only match literals and attribute lookups",
                    p.range,
                ));
            }
        }
        self.emit(Op::BUILD_TUPLE, size as u32, l);
        self.emit0(Op::MATCH_KEYS, l);
        pc.on_top += 2;
        self.emit(Op::COPY, 1, l);
        self.load_const(ConstValue::None, l);
        self.emit(Op::IS_OP, 1, l);
        self.jump_to_fail_pop(pc, l, Op::POP_JUMP_IF_FALSE);
        self.emit(Op::UNPACK_SEQUENCE, size as u32, l);
        pc.on_top += size;
        pc.on_top -= 1;
        for sub in patterns {
            pc.on_top -= 1;
            self.subpattern(sub, pc)?;
        }
        pc.on_top -= 2;
        match rest {
            Some(name) => {
                // rest = dict(subject); del rest[key] for each key
                self.emit(Op::BUILD_MAP, 0, l);
                self.emit(Op::SWAP, 3, l);
                self.emit(Op::DICT_UPDATE, 2, l);
                self.emit(Op::UNPACK_SEQUENCE, size as u32, l);
                let mut n = size;
                while n > 0 {
                    self.emit(Op::COPY, 1 + n as u32, l);
                    n -= 1;
                    self.emit(Op::SWAP, 2, l);
                    self.emit0(Op::DELETE_SUBSCR, l);
                }
                self.store_capture(Some(name), pc, p)?;
            }
            None => {
                self.emit0(Op::POP_TOP, l);
                self.emit0(Op::POP_TOP, l);
            }
        }
        Ok(())
    }

    fn class_pattern(
        &mut self,
        p: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &[Identifier],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CompileResult<()> {
        let l = loc(p.range);
        let nargs = patterns.len();
        let nattrs = kwd_attrs.len();
        if nattrs != kwd_patterns.len() {
            return Err(syntax_error(
                format!(
                    "kwd_attrs ({nattrs}) / kwd_patterns ({}) length mismatch in class pattern",
                    kwd_patterns.len()
                ),
                p.range,
            ));
        }
        for (i, attr) in kwd_attrs.iter().enumerate() {
            if let Some(j) = kwd_attrs[i + 1..].iter().position(|o| o == attr) {
                return Err(syntax_error(
                    format!("attribute name repeated in class pattern: {attr}"),
                    kwd_patterns[i + 1 + j].range,
                ));
            }
        }
        self.expr(cls)?;
        let names = kwd_attrs
            .iter()
            .map(|a| ConstValue::from(a.as_str()))
            .collect();
        self.load_const(ConstValue::Tuple(names), l);
        self.emit(Op::MATCH_CLASS, nargs as u32, l);
        self.emit(Op::COPY, 1, l);
        self.load_const(ConstValue::None, l);
        self.emit(Op::IS_OP, 1, l);
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, l, Op::POP_JUMP_IF_FALSE);
        self.emit(Op::UNPACK_SEQUENCE, (nargs + nattrs) as u32, l);
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        for sub in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(sub) {
                self.emit0(Op::POP_TOP, l);
                continue;
            }
            self.subpattern(sub, pc)?;
        }
        Ok(())
    }

    fn or_pattern(
        &mut self,
        p: &'a Pattern,
        alts: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CompileResult<()> {
        let l = loc(p.range);
        let end = self.new_label();
        let old = pc.clone();
        let mut control: Option<Vec<String>> = None;
        let n = alts.len();
        for (i, alt) in alts.iter().enumerate() {
            let al = loc(alt.range);
            pc.stores = Vec::new();
            pc.allow_irrefutable = i == n - 1 && old.allow_irrefutable;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Op::COPY, 1, al);
            self.pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctrl) if ctrl.len() != nstores => {
                    return Err(syntax_error(
                        "alternative patterns bind different names",
                        p.range,
                    ))
                }
                Some(ctrl) => {
                    let ctrl = ctrl.clone();
                    for icontrol in (0..nstores).rev() {
                        let name = &ctrl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            return Err(syntax_error(
                                "alternative patterns bind different names",
                                p.range,
                            ));
                        };
                        if icontrol != istores {
                            // Reorder the captures on the stack to the first
                            // alternative's order.
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, r) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, r);
                            }
                            for _ in 0..rotations {
                                self.rotate(al, icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.jump(Op::JUMP, end, al);
            self.emit_and_reset_fail_pop(pc, al);
        }
        *pc = old;
        self.emit0(Op::POP_TOP, l);
        self.jump_to_fail_pop(pc, l, Op::JUMP);
        self.use_label(end);
        let control = control.unwrap_or_default();
        let nstores = control.len();
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(l, nrots);
            if pc.stores.contains(&name) {
                return Err(syntax_error(
                    format!("multiple assignments to name '{name}' in pattern"),
                    p.range,
                ));
            }
            pc.stores.push(name);
        }
        self.emit0(Op::POP_TOP, l);
        Ok(())
    }
}
