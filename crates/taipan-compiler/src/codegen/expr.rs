//! Expressions.

use super::{loc, Compiler, UnitKind, STACK_USE_GUIDELINE};
use crate::error::{syntax_error, CompileResult};
use crate::location::Location;
use crate::seq::Label;
use crate::symtable::{BlockType, KeyRole, ScopeKey, SymbolScope};
use taipan_bytecode::oparg::{resume, BinaryOperator, Intrinsic1};
use taipan_bytecode::AnyOpcode as Op;
use taipan_bytecode::ConstValue;
use taipan_syntax::ast::*;

/// The `BINARY_OP` argument of an operator.
pub fn binop_arg(op: Operator) -> u32 {
    match op {
        Operator::Add => BinaryOperator::NB_ADD as u32,
        Operator::Sub => BinaryOperator::NB_SUBTRACT as u32,
        Operator::Mult => BinaryOperator::NB_MULTIPLY as u32,
        Operator::MatMult => BinaryOperator::NB_MATRIX_MULTIPLY as u32,
        Operator::Div => BinaryOperator::NB_TRUE_DIVIDE as u32,
        Operator::Mod => BinaryOperator::NB_REMAINDER as u32,
        Operator::Pow => BinaryOperator::NB_POWER as u32,
        Operator::LShift => BinaryOperator::NB_LSHIFT as u32,
        Operator::RShift => BinaryOperator::NB_RSHIFT as u32,
        Operator::BitOr => BinaryOperator::NB_OR as u32,
        Operator::BitXor => BinaryOperator::NB_XOR as u32,
        Operator::BitAnd => BinaryOperator::NB_AND as u32,
        Operator::FloorDiv => BinaryOperator::NB_FLOOR_DIVIDE as u32,
    }
}

/// The comparison opcode and argument of a comparison operator.
pub fn compare_op(op: CmpOp) -> (Op, u32) {
    // COMPARE_OP's argument: the operator's index in `cmp_op`, shifted
    // past a mask of the outcomes that make it true (unordered=1, lt=2,
    // gt=4, eq=8).
    let cmp = |index: u32, mask: u32| (Op::COMPARE_OP, (index << 5) | mask);
    match op {
        CmpOp::Lt => cmp(0, 2),
        CmpOp::LtE => cmp(1, 2 | 8),
        CmpOp::Eq => cmp(2, 8),
        CmpOp::NotEq => cmp(3, 1 | 2 | 4),
        CmpOp::Gt => cmp(4, 4),
        CmpOp::GtE => cmp(5, 4 | 8),
        CmpOp::Is => (Op::IS_OP, 0),
        CmpOp::IsNot => (Op::IS_OP, 1),
        CmpOp::In => (Op::CONTAINS_OP, 0),
        CmpOp::NotIn => (Op::CONTAINS_OP, 1),
    }
}

/// The value of a constant slice part (`None` when absent).
fn slice_part(e: &Option<Box<Expr>>) -> Option<ConstValue> {
    match e {
        None => Some(ConstValue::None),
        Some(e) => match &e.kind {
            ExprKind::Constant { value, .. } => Some(ConstValue::from(value)),
            _ => None,
        },
    }
}

/// A slice whose parts are all constants is itself a constant.
fn const_slice(e: &Expr) -> Option<ConstValue> {
    let ExprKind::Slice { lower, upper, step } = &e.kind else {
        return None;
    };
    Some(ConstValue::Slice(Box::new([
        slice_part(lower)?,
        slice_part(upper)?,
        slice_part(step)?,
    ])))
}

/// Whether `e` is a slice the compiler turns into a constant.
pub fn is_const_slice(e: &Expr) -> bool {
    const_slice(e).is_some()
}

fn is_two_element_slice(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Slice { step: None, .. })
}

/// Which comprehension is being compiled.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

impl<'a> Compiler<'a> {
    pub fn exprs(&mut self, es: &'a [Expr]) -> CompileResult<()> {
        es.iter().try_for_each(|e| self.expr(e))
    }

    /// Moves the start of an attribute access's location to the attribute
    /// name when the access spans lines, so tracebacks point at the name.
    pub fn attr_loc(&self, mut l: Location, attr: &Expr) -> Location {
        let ExprKind::Attribute { attr: name, .. } = &attr.kind else {
            return l;
        };
        let end_line = attr.range.end_lineno as i32;
        if l.lineno != end_line {
            l.lineno = end_line;
            let len = name.chars().count() as i32;
            let end_col = attr.range.end_col_offset as i32;
            if len <= end_col {
                l.col = end_col - len;
            } else {
                l.col = -1;
                l.end_col = -1;
            }
            l.end_lineno = l.lineno.max(l.end_lineno);
            if l.lineno == l.end_lineno {
                l.end_col = l.end_col.max(l.col);
            }
        }
        l
    }

    pub fn expr(&mut self, e: &'a Expr) -> CompileResult<()> {
        let l = loc(e.range);
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::COPY, 1, l);
                self.expr(target)?;
            }
            ExprKind::BoolOp { op, values } => {
                let jump = if *op == BoolOp::And {
                    Op::JUMP_IF_FALSE
                } else {
                    Op::JUMP_IF_TRUE
                };
                let end = self.new_label();
                let (last, init) = values
                    .split_last()
                    .ok_or_else(|| syntax_error("empty boolean operation", e.range))?;
                for v in init {
                    self.expr(v)?;
                    self.jump(jump, end, l);
                    self.emit0(Op::POP_TOP, l);
                }
                self.expr(last)?;
                self.use_label(end);
            }
            ExprKind::BinOp { left, op, right } => {
                if *op == Operator::Mod {
                    if let Some(parts) = percent_format(left, right) {
                        return self.format_parts(&parts, l);
                    }
                }
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Op::BINARY_OP, binop_arg(*op), l);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                match op {
                    UnaryOp::USub => self.emit0(Op::UNARY_NEGATIVE, l),
                    UnaryOp::Invert => self.emit0(Op::UNARY_INVERT, l),
                    UnaryOp::Not => {
                        self.emit0(Op::TO_BOOL, l);
                        self.emit0(Op::UNARY_NOT, l);
                    }
                    UnaryOp::UAdd => self.emit(
                        Op::CALL_INTRINSIC_1,
                        Intrinsic1::INTRINSIC_UNARY_POSITIVE as u32,
                        l,
                    ),
                }
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(test, next, false)?;
                self.expr(body)?;
                self.jump(Op::JUMP_NO_INTERRUPT, end, Location::NONE);
                self.use_label(next);
                self.expr(orelse)?;
                self.use_label(end);
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values, l)?,
            ExprKind::Set { elts } => self.starunpack(
                elts,
                None,
                0,
                Op::BUILD_SET,
                Op::SET_ADD,
                Op::SET_UPDATE,
                false,
                l,
            )?,
            ExprKind::List { elts, ctx } => match ctx {
                ExprContext::Load => self.starunpack(
                    elts,
                    None,
                    0,
                    Op::BUILD_LIST,
                    Op::LIST_APPEND,
                    Op::LIST_EXTEND,
                    false,
                    l,
                )?,
                ExprContext::Store => self.assign_sequence(elts, l)?,
                ExprContext::Del => self.exprs(elts)?,
            },
            ExprKind::Tuple { elts, ctx } => match ctx {
                ExprContext::Load => self.starunpack(
                    elts,
                    None,
                    0,
                    Op::BUILD_LIST,
                    Op::LIST_APPEND,
                    Op::LIST_EXTEND,
                    true,
                    l,
                )?,
                ExprContext::Store => self.assign_sequence(elts, l)?,
                ExprContext::Del => self.exprs(elts)?,
            },
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "<listcomp>", CompKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "<setcomp>", CompKind::Set, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(
                e,
                "<dictcomp>",
                CompKind::Dict,
                generators,
                key,
                Some(value),
            )?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", CompKind::Generator, generators, elt, None)?
            }
            ExprKind::Await { value } => {
                self.expr(value)?;
                self.emit(Op::GET_AWAITABLE, 0, l);
                self.load_const(ConstValue::None, l);
                self.yield_from(l, true);
            }
            ExprKind::Yield { value } => {
                self.check_yield(e, "'yield' outside function")?;
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(ConstValue::None, l),
                }
                self.emit_yield(l);
            }
            ExprKind::YieldFrom { value } => {
                self.check_yield(e, "'yield' outside function")?;
                if self.ste().coroutine {
                    return Err(syntax_error("'yield from' inside async function", e.range));
                }
                self.expr(value)?;
                self.emit0(Op::GET_YIELD_FROM_ITER, l);
                self.load_const(ConstValue::None, l);
                self.yield_from(l, false);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(e, left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                self.conversion(*conversion, l);
                match format_spec {
                    Some(spec) => {
                        self.expr(spec)?;
                        self.emit0(Op::FORMAT_WITH_SPEC, l);
                    }
                    None => self.emit0(Op::FORMAT_SIMPLE, l),
                }
            }
            ExprKind::Interpolation {
                value,
                str,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                self.load_const(ConstValue::Str(str.clone()), l);
                let mut arg = 2;
                if *conversion >= 0 {
                    arg |= conversion_arg(*conversion) << 2;
                }
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    arg |= 1;
                }
                self.emit(Op::BUILD_INTERPOLATION, arg, l);
            }
            ExprKind::JoinedStr { values } => self.joined_str(values, l)?,
            ExprKind::TemplateStr { values } => self.template_str(values, l)?,
            ExprKind::Constant { value, .. } => self.load_const(ConstValue::from(value), l),
            ExprKind::Attribute { value, attr, ctx } => {
                if *ctx == ExprContext::Store {
                    self.record_static_attribute(value, attr);
                }
                if *ctx == ExprContext::Load && self.can_optimize_super_call(e) {
                    if let ExprKind::Call { args: sargs, .. } = &value.kind {
                        self.load_args_for_super(value)?;
                        let idx = self.name_index(attr);
                        let two = if sargs.is_empty() { 0 } else { 2 };
                        self.emit(Op::LOAD_SUPER_ATTR, (idx << 2) | two, l);
                        let al = self.attr_loc(l, e);
                        self.emit0(Op::NOP, al);
                        return Ok(());
                    }
                }
                self.expr(value)?;
                let l = self.attr_loc(l, e);
                let idx = self.name_index(attr);
                match ctx {
                    ExprContext::Load => self.emit(Op::LOAD_ATTR, idx << 1, l),
                    ExprContext::Store => self.emit(Op::STORE_ATTR, idx, l),
                    ExprContext::Del => self.emit(Op::DELETE_ATTR, idx, l),
                }
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.expr(value)?;
                if is_two_element_slice(slice)
                    && *ctx != ExprContext::Del
                    && const_slice(slice).is_none()
                {
                    self.slice_two_parts(slice)?;
                    if *ctx == ExprContext::Load {
                        self.emit0(Op::BINARY_SLICE, l);
                    } else {
                        self.emit0(Op::STORE_SLICE, l);
                    }
                } else {
                    self.expr(slice)?;
                    match ctx {
                        ExprContext::Load => {
                            self.emit(Op::BINARY_OP, BinaryOperator::NB_SUBSCR as u32, l)
                        }
                        ExprContext::Store => self.emit0(Op::STORE_SUBSCR, l),
                        ExprContext::Del => self.emit0(Op::DELETE_SUBSCR, l),
                    }
                }
            }
            ExprKind::Starred { ctx, .. } => {
                let msg = if *ctx == ExprContext::Store {
                    "starred assignment target must be in a list or tuple"
                } else {
                    "can't use starred expression here"
                };
                return Err(syntax_error(msg, e.range));
            }
            ExprKind::Name { id, ctx } => self.nameop(id, *ctx, l)?,
            ExprKind::Slice { lower, upper, step } => {
                if let Some(c) = const_slice(e) {
                    self.load_const(c, l);
                } else {
                    let mut n = 2;
                    self.expr_or_none(lower, l)?;
                    self.expr_or_none(upper, l)?;
                    if let Some(s) = step {
                        n = 3;
                        self.expr(s)?;
                    }
                    self.emit(Op::BUILD_SLICE, n, l);
                }
            }
        }
        Ok(())
    }

    fn expr_or_none(&mut self, e: &'a Option<Box<Expr>>, l: Location) -> CompileResult<()> {
        match e {
            Some(e) => self.expr(e),
            None => {
                self.load_const(ConstValue::None, l);
                Ok(())
            }
        }
    }

    fn slice_two_parts(&mut self, slice: &'a Expr) -> CompileResult<()> {
        let ExprKind::Slice { lower, upper, .. } = &slice.kind else {
            return self.expr(slice);
        };
        let l = loc(slice.range);
        self.expr_or_none(lower, l)?;
        self.expr_or_none(upper, l)
    }

    /// `self.x = ...` anywhere inside a class records `x` in the nearest
    /// enclosing class's `__static_attributes__` (CPython looks only at the
    /// name `self`).
    fn record_static_attribute(&mut self, value: &Expr, attr: &str) {
        let ExprKind::Name { id, .. } = &value.kind else {
            return;
        };
        if id != "self" {
            return;
        }
        let n = self.units.len();
        if let Some(class) = self.units[..n.saturating_sub(1)]
            .iter_mut()
            .rev()
            .find(|u| u.kind == UnitKind::Class)
        {
            if let Some(attrs) = &mut class.static_attributes {
                if !attrs.iter().any(|a| a == attr) {
                    attrs.push(attr.to_string());
                }
            }
        }
    }

    fn conversion(&mut self, conversion: i32, l: Location) {
        if conversion >= 0 {
            self.emit(Op::CONVERT_VALUE, conversion_arg(conversion), l);
        }
    }

    /// A `%`-format rewritten as an f-string; its literal parts have no
    /// location of their own.
    fn format_parts(&mut self, parts: &[FormatPart<'a>], l: Location) -> CompileResult<()> {
        for part in parts {
            match part {
                FormatPart::Literal(s) => {
                    self.load_const(ConstValue::from(s.as_str()), Location::NONE)
                }
                FormatPart::Value(e, conv, spec) => {
                    let el = loc(e.range);
                    self.expr(e)?;
                    self.conversion(*conv as i32, el);
                    match spec {
                        Some(spec) => {
                            self.load_const(ConstValue::from(spec.as_str()), Location::NONE);
                            self.emit0(Op::FORMAT_WITH_SPEC, el);
                        }
                        None => self.emit0(Op::FORMAT_SIMPLE, el),
                    }
                }
            }
        }
        if parts.len() != 1 {
            self.emit(Op::BUILD_STRING, parts.len() as u32, l);
        }
        Ok(())
    }

    fn joined_str(&mut self, values: &'a [Expr], l: Location) -> CompileResult<()> {
        if values.len() > STACK_USE_GUIDELINE {
            self.load_const(ConstValue::from(""), l);
            let idx = self.name_index("join");
            self.emit(Op::LOAD_ATTR, (idx << 1) | 1, l);
            self.emit(Op::BUILD_LIST, 0, l);
            for v in values {
                self.expr(v)?;
                self.emit(Op::LIST_APPEND, 1, l);
            }
            self.emit(Op::CALL, 1, l);
        } else {
            self.exprs(values)?;
            if values.len() != 1 {
                self.emit(Op::BUILD_STRING, values.len() as u32, l);
            }
        }
        Ok(())
    }

    /// A t-string: its string parts as one tuple, its interpolations as another.
    fn template_str(&mut self, values: &'a [Expr], l: Location) -> CompileResult<()> {
        let mut last_was_interpolation = true;
        let mut strings = 0;
        for v in values {
            if matches!(v.kind, ExprKind::Interpolation { .. }) {
                if last_was_interpolation {
                    self.load_const(ConstValue::from(""), l);
                    strings += 1;
                }
                last_was_interpolation = true;
            } else {
                self.expr(v)?;
                strings += 1;
                last_was_interpolation = false;
            }
        }
        if last_was_interpolation {
            self.load_const(ConstValue::from(""), l);
            strings += 1;
        }
        self.emit(Op::BUILD_TUPLE, strings, l);
        let mut interpolations = 0;
        for v in values {
            if matches!(v.kind, ExprKind::Interpolation { .. }) {
                self.expr(v)?;
                interpolations += 1;
            }
        }
        self.emit(Op::BUILD_TUPLE, interpolations, l);
        self.emit0(Op::BUILD_TEMPLATE, l);
        Ok(())
    }

    fn check_yield(&self, e: &Expr, msg: &str) -> CompileResult<()> {
        if !self.ste().is_function_like() {
            return Err(syntax_error(msg, e.range));
        }
        Ok(())
    }

    /// `YIELD_VALUE` and the `RESUME` after it.
    pub fn emit_yield(&mut self, l: Location) {
        let ste = self.ste();
        if ste.generator && ste.coroutine {
            self.emit(
                Op::CALL_INTRINSIC_1,
                Intrinsic1::INTRINSIC_ASYNC_GEN_WRAP as u32,
                l,
            );
        }
        self.emit(Op::YIELD_VALUE, 0, l);
        self.emit(Op::RESUME, resume::AFTER_YIELD, l);
    }

    /// The `SEND` loop of `yield from` and `await`.
    pub fn yield_from(&mut self, l: Location, is_await: bool) {
        self.yield_from_exit(l, is_await);
    }

    /// The `SEND` loop; returns the label of its `END_SEND`, which
    /// `END_ASYNC_FOR` refers back to.
    pub fn yield_from_exit(&mut self, l: Location, is_await: bool) -> Label {
        let send = self.new_label();
        let fail = self.new_label();
        let exit = self.new_label();
        self.use_label(send);
        self.jump(Op::SEND, exit, l);
        // A virtual try/except handles StopIteration raised by close/throw.
        self.jump(Op::SETUP_FINALLY, fail, l);
        self.emit(Op::YIELD_VALUE, 1, l);
        self.emit0(Op::POP_BLOCK, Location::NONE);
        let arg = if is_await {
            resume::AFTER_AWAIT
        } else {
            resume::AFTER_YIELD_FROM
        };
        self.emit(Op::RESUME, arg, l);
        self.jump(Op::JUMP_NO_INTERRUPT, send, l);
        self.use_label(fail);
        self.emit0(Op::CLEANUP_THROW, l);
        self.use_label(exit);
        self.emit0(Op::END_SEND, l);
        exit
    }

    /// Builds a list, set or tuple from elements that may be starred
    /// (CPython's `starunpack_helper`).
    #[allow(clippy::too_many_arguments)]
    pub fn starunpack(
        &mut self,
        elts: &'a [Expr],
        injected: Option<&str>,
        pushed: u32,
        build: Op,
        add: Op,
        extend: Op,
        tuple: bool,
        l: Location,
    ) -> CompileResult<()> {
        let n = elts.len();
        let big = n + pushed as usize + usize::from(injected.is_some()) > STACK_USE_GUIDELINE;
        let seen_star = elts
            .iter()
            .any(|e| matches!(e.kind, ExprKind::Starred { .. }));
        if !seen_star && !big {
            self.exprs(elts)?;
            let mut count = n as u32;
            if let Some(inj) = injected {
                self.nameop(inj, ExprContext::Load, l)?;
                count += 1;
            }
            let op = if tuple { Op::BUILD_TUPLE } else { build };
            self.emit(op, count + pushed, l);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build, pushed, l);
            built = true;
        }
        for (i, elt) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &elt.kind {
                if !built {
                    self.emit(build, i as u32 + pushed, l);
                    built = true;
                }
                self.expr(value)?;
                self.emit(extend, 1, l);
            } else {
                self.expr(elt)?;
                if built {
                    self.emit(add, 1, l);
                }
            }
        }
        if let Some(inj) = injected {
            self.nameop(inj, ExprContext::Load, l)?;
            self.emit(add, 1, l);
        }
        if tuple {
            self.emit(
                Op::CALL_INTRINSIC_1,
                Intrinsic1::INTRINSIC_LIST_TO_TUPLE as u32,
                l,
            );
        }
        Ok(())
    }

    /// Unpacks into a tuple or list target (CPython's `unpack_helper`).
    fn assign_sequence(&mut self, elts: &'a [Expr], l: Location) -> CompileResult<()> {
        let mut star: Option<usize> = None;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e.kind, ExprKind::Starred { .. }) {
                if star.is_some() {
                    return Err(syntax_error(
                        "multiple starred expressions in assignment",
                        super::range_of(l),
                    ));
                }
                if i >= 256 || elts.len() - i > (1 << 24) {
                    return Err(syntax_error(
                        "too many expressions in star-unpacking assignment",
                        super::range_of(l),
                    ));
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                let after = (elts.len() - i - 1) as u32;
                self.emit(Op::UNPACK_EX, i as u32 + (after << 8), l);
            }
            None => self.emit(Op::UNPACK_SEQUENCE, elts.len() as u32, l),
        }
        for e in elts {
            match &e.kind {
                ExprKind::Starred { value, .. } => self.expr(value)?,
                _ => self.expr(e)?,
            }
        }
        Ok(())
    }

    fn dict(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        l: Location,
    ) -> CompileResult<()> {
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0u32;
        for (i, (k, v)) in keys.iter().zip(values).enumerate() {
            match k {
                None => {
                    // `**mapping`
                    if elements > 0 {
                        self.subdict(
                            &keys[i - elements as usize..i],
                            &values[i - elements as usize..i],
                            l,
                        )?;
                        if have_dict {
                            self.emit(Op::DICT_UPDATE, 1, l);
                        }
                        have_dict = true;
                        elements = 0;
                    }
                    if !have_dict {
                        self.emit(Op::BUILD_MAP, 0, l);
                        have_dict = true;
                    }
                    self.expr(v)?;
                    self.emit(Op::DICT_UPDATE, 1, l);
                }
                Some(_) => {
                    if elements as usize * 2 > STACK_USE_GUIDELINE {
                        self.subdict(
                            &keys[i - elements as usize..=i],
                            &values[i - elements as usize..=i],
                            l,
                        )?;
                        if have_dict {
                            self.emit(Op::DICT_UPDATE, 1, l);
                        }
                        have_dict = true;
                        elements = 0;
                    } else {
                        elements += 1;
                    }
                }
            }
        }
        if elements > 0 {
            let start = n - elements as usize;
            self.subdict(&keys[start..], &values[start..], l)?;
            if have_dict {
                self.emit(Op::DICT_UPDATE, 1, l);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Op::BUILD_MAP, 0, l);
        }
        Ok(())
    }

    fn subdict(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        l: Location,
    ) -> CompileResult<()> {
        let n = values.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if big {
            self.emit(Op::BUILD_MAP, 0, l);
        }
        for (k, v) in keys.iter().zip(values) {
            if let Some(k) = k {
                self.expr(k)?;
            }
            self.expr(v)?;
            if big {
                self.emit(Op::MAP_ADD, 1, l);
            }
        }
        if !big {
            self.emit(Op::BUILD_MAP, n as u32, l);
        }
        Ok(())
    }

    fn compare(
        &mut self,
        e: &'a Expr,
        left: &'a Expr,
        ops: &[CmpOp],
        comps: &'a [Expr],
    ) -> CompileResult<()> {
        let l = loc(e.range);
        self.expr(left)?;
        let n = ops.len();
        if n == 0 {
            return Err(syntax_error("comparison without operators", e.range));
        }
        if n == 1 {
            self.expr(&comps[0])?;
            let (op, arg) = compare_op(ops[0]);
            self.emit(op, arg, l);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n - 1 {
            self.expr(&comps[i])?;
            self.emit(Op::SWAP, 2, l);
            self.emit(Op::COPY, 2, l);
            let (op, arg) = compare_op(ops[i]);
            self.emit(op, arg, l);
            self.jump(Op::JUMP_IF_FALSE, cleanup, l);
            self.emit0(Op::POP_TOP, l);
        }
        self.expr(&comps[n - 1])?;
        let (op, arg) = compare_op(ops[n - 1]);
        self.emit(op, arg, l);
        let end = self.new_label();
        self.jump(Op::JUMP_NO_INTERRUPT, end, Location::NONE);
        self.use_label(cleanup);
        self.emit(Op::SWAP, 2, l);
        self.emit0(Op::POP_TOP, l);
        self.use_label(end);
        Ok(())
    }

    /// Jumps to `next` if `e` is `cond` (CPython's `codegen_jump_if`),
    /// without materializing `and`/`or`/`not`/chained comparisons.
    pub fn jump_if(&mut self, e: &'a Expr, next: Label, cond: bool) -> CompileResult<()> {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, next, !cond),
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_label()
                } else {
                    next
                };
                let (last, init) = values
                    .split_last()
                    .ok_or_else(|| syntax_error("empty boolean operation", e.range))?;
                for v in init {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(last, next, cond)?;
                if next2 != next {
                    self.use_label(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, next, cond)?;
                self.jump(Op::JUMP_NO_INTERRUPT, end, Location::NONE);
                self.use_label(next2);
                self.jump_if(orelse, next, cond)?;
                self.use_label(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 => {
                let l = loc(e.range);
                let n = ops.len() - 1;
                let cleanup = self.new_label();
                self.expr(left)?;
                for i in 0..n {
                    self.expr(&comparators[i])?;
                    self.emit(Op::SWAP, 2, l);
                    self.emit(Op::COPY, 2, l);
                    let (op, arg) = compare_op(ops[i]);
                    self.emit(op, arg, l);
                    self.emit0(Op::TO_BOOL, l);
                    self.jump(Op::POP_JUMP_IF_FALSE, cleanup, l);
                }
                self.expr(&comparators[n])?;
                let (op, arg) = compare_op(ops[n]);
                self.emit(op, arg, l);
                self.emit0(Op::TO_BOOL, l);
                let jop = if cond {
                    Op::POP_JUMP_IF_TRUE
                } else {
                    Op::POP_JUMP_IF_FALSE
                };
                self.jump(jop, next, l);
                let end = self.new_label();
                self.jump(Op::JUMP_NO_INTERRUPT, end, Location::NONE);
                self.use_label(cleanup);
                self.emit0(Op::POP_TOP, l);
                if !cond {
                    self.jump(Op::JUMP_NO_INTERRUPT, next, Location::NONE);
                }
                self.use_label(end);
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        let l = loc(e.range);
        self.emit0(Op::TO_BOOL, l);
        let op = if cond {
            Op::POP_JUMP_IF_TRUE
        } else {
            Op::POP_JUMP_IF_FALSE
        };
        self.jump(op, next, l);
        Ok(())
    }

    /// Whether `super().attr` can use `LOAD_SUPER_ATTR` (CPython's
    /// `can_optimize_super_call`).
    fn can_optimize_super_call(&self, attr: &Expr) -> bool {
        let ExprKind::Attribute { value, .. } = &attr.kind else {
            return false;
        };
        let ExprKind::Call {
            func,
            args,
            keywords,
        } = &value.kind
        else {
            return false;
        };
        let ExprKind::Name { id, .. } = &func.kind else {
            return false;
        };
        if id != "super" || !keywords.is_empty() {
            return false;
        }
        if self.symbol("super").1 != Some(SymbolScope::GlobalImplicit) {
            return false;
        }
        let ste = self.ste();
        if args.len() == 1 || args.len() > 2 {
            return false;
        }
        if args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
        {
            return false;
        }
        if args.is_empty() {
            // Zero-argument super needs __class__ and a first argument.
            if self.unit().argcount == 0 && !ste.varargs {
                return false;
            }
            if ste.varnames.is_empty() {
                return false;
            }
            return matches!(
                self.symbol("__class__").1,
                Some(SymbolScope::Free) | Some(SymbolScope::Cell)
            ) && ste.kind == BlockType::Function;
        }
        true
    }

    /// Pushes `super`, the class and the instance for `LOAD_SUPER_ATTR`.
    fn load_args_for_super(&mut self, call: &'a Expr) -> CompileResult<()> {
        let ExprKind::Call { func, args, .. } = &call.kind else {
            return Ok(());
        };
        self.expr(func)?;
        if args.len() == 2 {
            self.exprs(args)?;
        } else {
            let l = loc(call.range);
            self.nameop("__class__", ExprContext::Load, l)?;
            let first = self.ste().varnames[0].clone();
            self.nameop(&first, ExprContext::Load, l)?;
        }
        Ok(())
    }

    fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CompileResult<()> {
        if self.try_method_call(e, func, args, keywords)? {
            return Ok(());
        }
        let skip_normal_call = self.new_label();
        self.expr(func)?;
        self.builtin_genexp_call(func, args, keywords, skip_normal_call)?;
        self.emit0(Op::PUSH_NULL, loc(func.range));
        self.call_helper(loc(e.range), 0, args, keywords)?;
        self.use_label(skip_normal_call);
        Ok(())
    }

    /// `all(genexp)`, `any(genexp)` and `tuple(genexp)` run the generator
    /// inline when the name still means the builtin (CPython 3.14's
    /// `maybe_optimize_function_call`); otherwise the normal call follows.
    fn builtin_genexp_call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        end: Label,
    ) -> CompileResult<()> {
        let ExprKind::Name { id, .. } = &func.kind else {
            return Ok(());
        };
        if args.len() != 1
            || !keywords.is_empty()
            || !matches!(args[0].kind, ExprKind::GeneratorExp { .. })
        {
            return Ok(());
        }
        use taipan_bytecode::oparg::CommonConstant;
        let (constant, initial, continue_op) = match id.as_str() {
            "all" => (
                CommonConstant::CONSTANT_BUILTIN_ALL as u32,
                Some(true),
                Op::POP_JUMP_IF_TRUE,
            ),
            "any" => (
                CommonConstant::CONSTANT_BUILTIN_ANY as u32,
                Some(false),
                Op::POP_JUMP_IF_FALSE,
            ),
            "tuple" => (
                CommonConstant::CONSTANT_BUILTIN_TUPLE as u32,
                None,
                Op::JUMP,
            ),
            _ => return Ok(()),
        };
        let l = loc(func.range);
        let skip = self.new_label();
        self.emit(Op::COPY, 1, l);
        self.emit(Op::LOAD_COMMON_CONSTANT, constant, l);
        let (op, arg) = compare_op(CmpOp::Is);
        self.emit(op, arg, l);
        self.jump(Op::POP_JUMP_IF_FALSE, skip, l);
        self.emit0(Op::POP_TOP, l);
        if initial.is_none() {
            self.emit(Op::BUILD_LIST, 0, l);
        }
        self.expr(&args[0])?;
        let top = self.new_label();
        let cleanup = self.new_label();
        self.use_label(top);
        self.jump(Op::FOR_ITER, cleanup, l);
        match initial {
            None => {
                self.emit(Op::LIST_APPEND, 2, l);
                self.jump(Op::JUMP, top, l);
            }
            Some(_) => {
                self.emit0(Op::TO_BOOL, l);
                self.jump(continue_op, top, l);
            }
        }
        self.emit0(Op::POP_ITER, Location::NONE);
        if let Some(init) = initial {
            self.load_const(ConstValue::Bool(!init), l);
        }
        self.jump(Op::JUMP, end, l);
        self.use_label(cleanup);
        self.emit0(Op::END_FOR, Location::NONE);
        self.emit0(Op::POP_ITER, Location::NONE);
        match initial {
            None => self.emit(
                Op::CALL_INTRINSIC_1,
                Intrinsic1::INTRINSIC_LIST_TO_TUPLE as u32,
                l,
            ),
            Some(init) => self.load_const(ConstValue::Bool(init), l),
        }
        self.jump(Op::JUMP, end, l);
        self.use_label(skip);
        Ok(())
    }

    /// `obj.meth(...)` with plain arguments: `LOAD_ATTR` with the method
    /// bit, avoiding a bound-method object (CPython's
    /// `maybe_optimize_method_call`).
    fn try_method_call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CompileResult<bool> {
        let ExprKind::Attribute {
            value,
            attr,
            ctx: ExprContext::Load,
        } = &func.kind
        else {
            return Ok(false);
        };
        // Attributes of imported modules are loaded plainly (the module is
        // no `self`): CPython checks the module scope for an import.
        if let ExprKind::Name { id, .. } = &value.kind {
            if self
                .table
                .scope(crate::symtable::SymbolTable::TOP)
                .flags(id)
                & crate::symtable::flags::DEF_IMPORT
                != 0
            {
                return Ok(false);
            }
        }
        let nargs = args.len();
        let nkw = keywords.len();
        if nargs + nkw + usize::from(nkw != 0) >= STACK_USE_GUIDELINE {
            return Ok(false);
        }
        if args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none())
        {
            return Ok(false);
        }
        let l = loc(e.range);
        let mut ml = loc(func.range);
        if self.can_optimize_super_call(func) {
            let ExprKind::Call { args: sargs, .. } = &value.kind else {
                return Ok(false);
            };
            self.load_args_for_super(value)?;
            let idx = self.name_index(attr);
            let two = if sargs.is_empty() { 0 } else { 2 };
            self.emit(Op::LOAD_SUPER_ATTR, (idx << 2) | two | 1, ml);
            ml = self.attr_loc(ml, func);
            self.emit0(Op::NOP, ml);
        } else {
            self.expr(value)?;
            ml = self.attr_loc(ml, func);
            let idx = self.name_index(attr);
            self.emit(Op::LOAD_ATTR, (idx << 1) | 1, ml);
        }
        self.exprs(args)?;
        if nkw > 0 {
            for k in keywords {
                self.expr(&k.value)?;
            }
            self.kwnames(keywords, ml);
            let cl = self.attr_loc(l, func);
            self.emit(Op::CALL_KW, (nargs + nkw) as u32, cl);
        } else {
            let cl = self.attr_loc(l, func);
            self.emit(Op::CALL, nargs as u32, cl);
        }
        Ok(true)
    }

    fn kwnames(&mut self, keywords: &[Keyword], l: Location) {
        let names = keywords
            .iter()
            .map(|k| ConstValue::from(k.arg.as_deref().unwrap_or("")))
            .collect();
        self.load_const(ConstValue::Tuple(names), l);
    }

    /// The arguments and the call, `n` extra positional values being on
    /// the stack already (CPython's `codegen_call_helper`).
    pub fn call_helper(
        &mut self,
        l: Location,
        n: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CompileResult<()> {
        self.call_helper_impl(l, n, args, None, keywords)
    }

    /// A call with `n` values pushed already, `args`, then the variable
    /// `injected` as one more positional argument (a generic class's
    /// `.generic_base`), then `keywords`.
    pub fn call_helper_impl(
        &mut self,
        l: Location,
        n: u32,
        args: &'a [Expr],
        injected: Option<&str>,
        keywords: &'a [Keyword],
    ) -> CompileResult<()> {
        self.check_keywords(keywords)?;
        let simple = args.len() + keywords.len() * 2 <= STACK_USE_GUIDELINE
            && !args
                .iter()
                .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            && !keywords.iter().any(|k| k.arg.is_none());
        if simple {
            self.exprs(args)?;
            let mut nargs = args.len() as u32;
            if let Some(inj) = injected {
                self.nameop(inj, ExprContext::Load, l)?;
                nargs += 1;
            }
            if keywords.is_empty() {
                self.emit(Op::CALL, n + nargs, l);
            } else {
                for k in keywords {
                    self.expr(&k.value)?;
                }
                self.kwnames(keywords, l);
                self.emit(Op::CALL_KW, n + nargs + keywords.len() as u32, l);
            }
            return Ok(());
        }
        // The general form: CALL_FUNCTION_EX with a tuple and a dict.
        if n == 0 && args.len() == 1 {
            if let ExprKind::Starred { value, .. } = &args[0].kind {
                self.expr(value)?;
            } else {
                self.starunpack(
                    args,
                    injected,
                    n,
                    Op::BUILD_LIST,
                    Op::LIST_APPEND,
                    Op::LIST_EXTEND,
                    true,
                    l,
                )?;
            }
        } else {
            self.starunpack(
                args,
                injected,
                n,
                Op::BUILD_LIST,
                Op::LIST_APPEND,
                Op::LIST_EXTEND,
                true,
                l,
            )?;
        }
        if keywords.is_empty() {
            self.emit0(Op::PUSH_NULL, l);
        } else {
            let mut have_dict = false;
            let mut seen = 0;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_none() {
                    if seen > 0 {
                        self.subkwargs(&keywords[i - seen..i], l)?;
                        if have_dict {
                            self.emit(Op::DICT_MERGE, 1, l);
                        }
                        have_dict = true;
                        seen = 0;
                    }
                    if !have_dict {
                        self.emit(Op::BUILD_MAP, 0, l);
                        have_dict = true;
                    }
                    self.expr(&k.value)?;
                    self.emit(Op::DICT_MERGE, 1, l);
                } else {
                    seen += 1;
                }
            }
            if seen > 0 {
                self.subkwargs(&keywords[keywords.len() - seen..], l)?;
                if have_dict {
                    self.emit(Op::DICT_MERGE, 1, l);
                }
            }
        }
        self.emit0(Op::CALL_FUNCTION_EX, l);
        Ok(())
    }

    fn check_keywords(&self, keywords: &[Keyword]) -> CompileResult<()> {
        for (i, k) in keywords.iter().enumerate() {
            if let Some(name) = &k.arg {
                if keywords[i + 1..]
                    .iter()
                    .any(|o| o.arg.as_ref() == Some(name))
                {
                    let dup = keywords[i + 1..]
                        .iter()
                        .find(|o| o.arg.as_ref() == Some(name))
                        .map_or(k.range, |o| o.range);
                    return Err(syntax_error(
                        format!("keyword argument repeated: {name}"),
                        dup,
                    ));
                }
            }
        }
        Ok(())
    }

    fn subkwargs(&mut self, keywords: &'a [Keyword], l: Location) -> CompileResult<()> {
        let n = keywords.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if big {
            self.emit(Op::BUILD_MAP, 0, l);
        }
        for k in keywords {
            self.load_const(ConstValue::from(k.arg.as_deref().unwrap_or("")), l);
            self.expr(&k.value)?;
            if big {
                self.emit(Op::MAP_ADD, 1, l);
            }
        }
        if !big {
            self.emit(Op::BUILD_MAP, n as u32, l);
        }
        Ok(())
    }

    fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> CompileResult<()> {
        let l = loc(e.range);
        let flags = self.default_arguments(args, l)?;
        let key = ScopeKey::of(e, KeyRole::Body);
        self.enter_scope(
            "<lambda>",
            UnitKind::Lambda,
            key,
            e.range.lineno,
            Some(args),
        )?;
        self.expr(body)?;
        // Generator lambdas too return their body's value (3.14 returns what
        // was sent to the last `yield`); nothing follows the return, so the
        // implicit one is unreachable.
        self.emit0(Op::RETURN_VALUE, loc(body.range));
        let code = self.exit_scope(true)?;
        self.make_closure(code, flags, l)
    }

    /// Pushes the defaults tuple and keyword-defaults dict; returns the
    /// `SET_FUNCTION_ATTRIBUTE` bits for them.
    pub fn default_arguments(&mut self, args: &'a Arguments, l: Location) -> CompileResult<u32> {
        use taipan_bytecode::oparg::FunctionAttribute;
        let mut flags = 0;
        if !args.defaults.is_empty() {
            self.exprs(&args.defaults)?;
            self.emit(Op::BUILD_TUPLE, args.defaults.len() as u32, l);
            flags |= FunctionAttribute::MAKE_FUNCTION_DEFAULTS.bit();
        }
        let mut n = 0;
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = default {
                let name = self.mangle(&arg.arg);
                self.load_const(ConstValue::from(&*name), l);
                self.expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Op::BUILD_MAP, n, l);
            flags |= FunctionAttribute::MAKE_FUNCTION_KWDEFAULTS.bit();
        }
        Ok(flags)
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        name: &str,
        kind: CompKind,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CompileResult<()> {
        let l = loc(e.range);
        let key = ScopeKey::of(e, KeyRole::Body);
        let scope = self
            .table
            .lookup(key)
            .ok_or_else(|| syntax_error("comprehension without a scope", e.range))?;
        let entry = self.table.scope(scope);
        let inlined = entry.comp_inlined;
        let is_async = entry.coroutine;
        let outermost = &generators[0];
        if inlined {
            self.expr(&outermost.iter)?;
            let il = loc(outermost.iter.range);
            if outermost.is_async {
                self.emit0(Op::GET_AITER, il);
            } else {
                self.emit0(Op::GET_ITER, il);
            }
            let state = self.push_inlined_comprehension(scope, l)?;
            if kind != CompKind::Generator {
                self.build_empty(kind, l);
                self.emit(Op::SWAP, 2, l);
            }
            self.comprehension_generator(l, generators, 0, 0, elt, value, kind, true)?;
            return self.pop_inlined_comprehension(state, l);
        }
        self.enter_scope(name, UnitKind::Comprehension, key, e.range.lineno, None)?;
        self.u().argcount = 1;
        if kind != CompKind::Generator {
            self.build_empty(kind, l);
        }
        self.comprehension_generator(l, generators, 0, 0, elt, value, kind, false)?;
        if kind != CompKind::Generator {
            self.emit0(Op::RETURN_VALUE, l);
        }
        let code = if kind == CompKind::Generator {
            self.wrap_in_stopiteration_handler()?
        } else {
            self.exit_scope(true)?
        };
        self.make_closure(code, 0, l)?;
        self.expr(&outermost.iter)?;
        let il = loc(outermost.iter.range);
        if outermost.is_async {
            self.emit0(Op::GET_AITER, il);
        } else {
            self.emit0(Op::GET_ITER, il);
        }
        self.emit(Op::CALL, 0, l);
        if is_async && kind != CompKind::Generator {
            self.emit(Op::GET_AWAITABLE, 0, l);
            self.load_const(ConstValue::None, l);
            self.yield_from(l, true);
        }
        Ok(())
    }

    fn build_empty(&mut self, kind: CompKind, l: Location) {
        let op = match kind {
            CompKind::List => Op::BUILD_LIST,
            CompKind::Set => Op::BUILD_SET,
            _ => Op::BUILD_MAP,
        };
        self.emit(op, 0, l);
    }

    #[allow(clippy::too_many_arguments)]
    fn comprehension_generator(
        &mut self,
        l: Location,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: CompKind,
        iter_on_stack: bool,
    ) -> CompileResult<()> {
        let gen = &generators[index];
        if gen.is_async {
            return self.async_comprehension_generator(
                l,
                generators,
                index,
                depth,
                elt,
                value,
                kind,
                iter_on_stack,
            );
        }
        let mut depth = depth;
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        let mut start = Some(self.new_label());
        if !iter_on_stack {
            if index == 0 {
                self.emit(Op::LOAD_FAST, 0, l);
            } else {
                // `for y in [f(x)]` assigns without iterating.
                let single = match &gen.iter.kind {
                    ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. }
                        if elts.len() == 1 =>
                    {
                        (!matches!(elts[0].kind, ExprKind::Starred { .. })).then_some(&elts[0])
                    }
                    _ => None,
                };
                match single {
                    Some(elt) => {
                        self.expr(elt)?;
                        start = None;
                    }
                    None => {
                        self.expr(&gen.iter)?;
                        self.emit0(Op::GET_ITER, loc(gen.iter.range));
                    }
                }
            }
        }
        if let Some(start) = start {
            depth += 1;
            self.use_label(start);
            self.jump(Op::FOR_ITER, anchor, loc(gen.iter.range));
        }
        self.expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        let mut elt_loc = loc(elt.range);
        if index + 1 < generators.len() {
            self.comprehension_generator(l, generators, index + 1, depth, elt, value, kind, false)?;
        } else {
            elt_loc = self.comprehension_element(kind, elt, value, depth)?;
        }
        self.use_label(if_cleanup);
        if let Some(start) = start {
            self.jump(Op::JUMP, start, elt_loc);
            self.use_label(anchor);
            self.emit0(Op::END_FOR, Location::NONE);
            self.emit0(Op::POP_ITER, Location::NONE);
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn async_comprehension_generator(
        &mut self,
        l: Location,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: CompKind,
        iter_on_stack: bool,
    ) -> CompileResult<()> {
        let gen = &generators[index];
        let start = self.new_label();
        let except = self.new_label();
        let if_cleanup = self.new_label();
        if !iter_on_stack {
            if index == 0 {
                self.emit(Op::LOAD_FAST, 0, l);
            } else {
                self.expr(&gen.iter)?;
                self.emit0(Op::GET_AITER, loc(gen.iter.range));
            }
        }
        self.use_label(start);
        self.push_fblock(super::FBlock::AsyncComprehensionGenerator, l)?;
        self.jump(Op::SETUP_FINALLY, except, l);
        self.emit0(Op::GET_ANEXT, l);
        self.load_const(ConstValue::None, l);
        let send = self.yield_from_exit(l, true);
        self.emit0(Op::POP_BLOCK, l);
        self.expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        let depth = depth + 1;
        let mut elt_loc = loc(elt.range);
        if index + 1 < generators.len() {
            self.comprehension_generator(l, generators, index + 1, depth, elt, value, kind, false)?;
        } else {
            elt_loc = self.comprehension_element(kind, elt, value, depth)?;
        }
        self.use_label(if_cleanup);
        self.jump(Op::JUMP, start, elt_loc);
        self.pop_fblock();
        self.use_label(except);
        self.jump(Op::END_ASYNC_FOR, send, l);
        Ok(())
    }

    /// The innermost step of a comprehension: yield or add the element.
    fn comprehension_element(
        &mut self,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        depth: u32,
    ) -> CompileResult<Location> {
        let mut elt_loc = loc(elt.range);
        match kind {
            CompKind::Generator => {
                self.expr(elt)?;
                self.emit_yield(elt_loc);
                self.emit0(Op::POP_TOP, elt_loc);
            }
            CompKind::List => {
                self.expr(elt)?;
                self.emit(Op::LIST_APPEND, depth + 1, elt_loc);
            }
            CompKind::Set => {
                self.expr(elt)?;
                self.emit(Op::SET_ADD, depth + 1, elt_loc);
            }
            CompKind::Dict => {
                self.expr(elt)?;
                let v = value
                    .ok_or_else(|| syntax_error("dict comprehension without value", elt.range))?;
                self.expr(v)?;
                elt_loc = Location {
                    lineno: elt.range.lineno as i32,
                    end_lineno: v.range.end_lineno as i32,
                    col: elt.range.col_offset as i32,
                    end_col: v.range.end_col_offset as i32,
                };
                self.emit(Op::MAP_ADD, depth + 1, elt_loc);
            }
        }
        Ok(elt_loc)
    }

    /// Finishes a generator's body inside a handler that turns a leaking
    /// StopIteration into RuntimeError (PEP 479), then closes the unit.
    pub fn wrap_in_stopiteration_handler(
        &mut self,
    ) -> CompileResult<std::sync::Arc<taipan_bytecode::CodeObject>> {
        let handler = self.new_label();
        // The body so far is protected: insert SETUP_CLEANUP after RESUME.
        self.u().seq.insert_setup_cleanup(handler);
        self.load_const(ConstValue::None, Location::NONE);
        self.emit0(Op::RETURN_VALUE, Location::NONE);
        self.use_label(handler);
        self.emit(
            Op::CALL_INTRINSIC_1,
            Intrinsic1::INTRINSIC_STOPITERATION_ERROR as u32,
            Location::NONE,
        );
        self.emit(Op::RERAISE, 1, Location::NONE);
        self.exit_scope(true)
    }

    fn push_inlined_comprehension(
        &mut self,
        comp: crate::symtable::ScopeId,
        l: Location,
    ) -> CompileResult<InlineState> {
        use crate::symtable::flags::{DEF_LOCAL, DEF_NONLOCAL};
        let entry = self.table.scope(comp);
        let ste = self.ste();
        let in_class_block = ste.kind == BlockType::Class && self.unit().in_inlined_comp == 0;
        let mut state = InlineState::default();
        // First give the comprehension's names their scopes inside it.
        for sym in &entry.symbols {
            let (flags, scope) = (sym.flags, sym.scope);
            let outsc = self.symbol(&sym.name).1;
            let differs = scope != outsc
                && scope != Some(SymbolScope::Free)
                && !(scope == Some(SymbolScope::Cell) && outsc == Some(SymbolScope::Free));
            if differs || in_class_block {
                let saved = self
                    .temp_symbols
                    .last()
                    .and_then(|m| m.get(&sym.name))
                    .copied();
                state.temp_symbols.push((sym.name.clone(), saved));
                if let Some(m) = self.temp_symbols.last_mut() {
                    m.insert(sym.name.clone(), (flags, scope));
                }
            }
            let bound_here = flags & DEF_LOCAL != 0 && flags & DEF_NONLOCAL == 0;
            if (bound_here || in_class_block)
                && !ste.is_function_like()
                && self.unit().fasthidden.get(&sym.name) != Some(&true)
            {
                self.u().fasthidden.insert(sym.name.clone(), true);
                state.fast_hidden.push(sym.name.clone());
            }
        }
        self.u().in_inlined_comp += 1;
        // Then save (and clear) the outer values of the names it binds.
        for sym in &entry.symbols {
            let (flags, scope) = (sym.flags, sym.scope);
            if flags & DEF_LOCAL == 0 || flags & DEF_NONLOCAL != 0 {
                continue;
            }
            let outsc = self.symbol(&sym.name).1;
            let idx = self.u().varnames.add(&sym.name);
            self.emit(Op::LOAD_FAST_AND_CLEAR, idx, l);
            if scope == Some(SymbolScope::Cell) {
                let d = self.deref_index(&sym.name, outsc != Some(SymbolScope::Free));
                self.emit(Op::MAKE_CELL, d, l);
            }
            state.pushed_locals.push(sym.name.clone());
        }
        if !state.pushed_locals.is_empty() {
            // Bring the iterator back to the top, above the saved locals.
            self.emit(Op::SWAP, state.pushed_locals.len() as u32 + 1, l);
            let cleanup = self.new_label();
            state.cleanup = Some(cleanup);
            self.jump(Op::SETUP_FINALLY, cleanup, l);
        }
        Ok(state)
    }

    fn pop_inlined_comprehension(&mut self, state: InlineState, l: Location) -> CompileResult<()> {
        self.u().in_inlined_comp -= 1;
        if let Some(cleanup) = state.cleanup {
            self.emit0(Op::POP_BLOCK, Location::NONE);
            let end = self.new_label();
            self.jump(Op::JUMP_NO_INTERRUPT, end, Location::NONE);
            self.use_label(cleanup);
            // Drop the unfinished result, below the exception.
            self.emit(Op::SWAP, 2, Location::NONE);
            self.emit0(Op::POP_TOP, Location::NONE);
            self.restore_inlined_locals(&state.pushed_locals, l);
            self.emit(Op::RERAISE, 0, Location::NONE);
            self.use_label(end);
            self.restore_inlined_locals(&state.pushed_locals, l);
        }
        for (name, saved) in state.temp_symbols.into_iter().rev() {
            if let Some(m) = self.temp_symbols.last_mut() {
                match saved {
                    Some(v) => m.insert(name, v),
                    None => m.remove(&name),
                };
            }
        }
        for name in state.fast_hidden {
            self.u().fasthidden.insert(name, false);
        }
        Ok(())
    }

    fn restore_inlined_locals(&mut self, pushed: &[String], l: Location) {
        self.emit(Op::SWAP, pushed.len() as u32 + 1, l);
        for name in pushed.iter().rev() {
            let idx = self.u().varnames.add(name);
            self.emit(Op::STORE_FAST_MAYBE_NULL, idx, l);
        }
    }
}

/// A symbol's flags and scope as saved while a comprehension overrides it.
type SavedSymbol = (u32, Option<SymbolScope>);

/// What an inlined comprehension saved and must restore.
#[derive(Default)]
pub struct InlineState {
    pushed_locals: Vec<String>,
    temp_symbols: Vec<(String, Option<SavedSymbol>)>,
    fast_hidden: Vec<String>,
    cleanup: Option<Label>,
}

/// A piece of a `'...' % (...)` rewritten as an f-string.
pub enum FormatPart<'a> {
    Literal(String),
    /// The value, its conversion (`s`, `r` or `a`) and format spec.
    Value(&'a Expr, char, Option<String>),
}

/// CPython's AST optimizer turns `'%s: %r' % (a, b)` with only `%s`, `%r`
/// and `%a` (with optional width and precision) into an f-string.
fn percent_format<'a>(left: &Expr, right: &'a Expr) -> Option<Vec<FormatPart<'a>>> {
    let ExprKind::Constant {
        value: Constant::Str(fmt),
        ..
    } = &left.kind
    else {
        return None;
    };
    let ExprKind::Tuple { elts, .. } = &right.kind else {
        return None;
    };
    if elts
        .iter()
        .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
    {
        return None;
    }
    let fmt: Vec<char> = fmt.as_str()?.chars().collect();
    let mut parts = Vec::new();
    let mut pos = 0;
    let mut used = 0;
    loop {
        // A literal run, with `%%` meaning `%`.
        let mut lit = String::new();
        while pos < fmt.len() {
            if fmt[pos] != '%' {
                lit.push(fmt[pos]);
                pos += 1;
            } else if pos + 1 < fmt.len() && fmt[pos + 1] == '%' {
                lit.push('%');
                pos += 2;
            } else {
                break;
            }
        }
        if !lit.is_empty() {
            parts.push(FormatPart::Literal(lit));
        }
        if pos >= fmt.len() {
            break;
        }
        let arg = elts.get(used)?;
        used += 1;
        pos += 1;
        let (spec, flags_ljust, width, prec) = parse_percent_spec(&fmt, &mut pos)?;
        if !matches!(spec, 's' | 'r' | 'a') {
            return None;
        }
        let mut buf = String::new();
        if !flags_ljust && width.is_some_and(|w| w > 0) {
            buf.push('>');
        }
        if let Some(w) = width {
            buf.push_str(&w.to_string());
        }
        if let Some(p) = prec {
            buf.push('.');
            buf.push_str(&p.to_string());
        }
        parts.push(FormatPart::Value(
            arg,
            spec,
            (!buf.is_empty()).then_some(buf),
        ));
    }
    (used == elts.len()).then_some(parts)
}

/// One `%` conversion: its type character, left-justify flag, width and
/// precision (at most two digits each, as CPython's optimizer accepts).
fn parse_percent_spec(
    fmt: &[char],
    pos: &mut usize,
) -> Option<(char, bool, Option<u32>, Option<u32>)> {
    const MAXDIGITS: u32 = 3;
    let next = |pos: &mut usize| -> Option<char> {
        let c = fmt.get(*pos).copied();
        *pos += 1;
        c
    };
    let mut ljust = false;
    let mut ch = next(pos)?;
    while matches!(ch, '-' | '+' | ' ' | '#' | '0') {
        if ch == '-' {
            ljust = true;
        }
        ch = next(pos)?;
    }
    let mut width = None;
    if ch.is_ascii_digit() {
        let mut w = 0;
        let mut digits = 0;
        while ch.is_ascii_digit() {
            w = w * 10 + ch.to_digit(10)?;
            ch = next(pos)?;
            digits += 1;
            if digits >= MAXDIGITS {
                return None;
            }
        }
        width = Some(w);
    }
    let mut prec = None;
    if ch == '.' {
        ch = next(pos)?;
        let mut p = 0;
        let mut digits = 0;
        while ch.is_ascii_digit() {
            p = p * 10 + ch.to_digit(10)?;
            ch = next(pos)?;
            digits += 1;
            if digits >= MAXDIGITS {
                return None;
            }
        }
        prec = Some(p);
    }
    Some((ch, ljust, width, prec))
}

/// `CONVERT_VALUE` argument of a conversion character (`!s`, `!r`, `!a`).
fn conversion_arg(conversion: i32) -> u32 {
    match u8::try_from(conversion).map(char::from) {
        Ok('s') => 1,
        Ok('r') => 2,
        Ok('a') => 3,
        _ => 0,
    }
}
