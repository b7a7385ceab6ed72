//! Statements, and the function and class definitions they contain.

use super::expr::binop_arg;
use super::{clean_doc, loc, range_of, Compiler, FBlock, UnitKind};
use crate::error::{syntax_error, CompileResult};
use crate::location::Location;
use crate::symtable::{has_docstring, KeyRole, ScopeKey};
use num_bigint::BigInt;
use taipan_bytecode::oparg::{
    BinaryOperator, CommonConstant, FunctionAttribute, Intrinsic1, Intrinsic2, SpecialMethod,
};
use taipan_bytecode::AnyOpcode as Op;
use taipan_bytecode::ConstValue;
use taipan_syntax::ast::*;

impl<'a> Compiler<'a> {
    /// A module or class body: docstring, statements, and the deferred
    /// annotations (CPython's `codegen_body`).
    pub fn body(&mut self, stmts: &'a [Stmt], l: Location) -> CompileResult<()> {
        // Under the future import, annotations are stored as they run.
        if self.future.annotations && self.ste().annotations_used {
            self.emit0(Op::SETUP_ANNOTATIONS, l);
        }
        let mut first = 0;
        if self.ste().has_docstring {
            if let Some(Stmt {
                kind: StmtKind::Expr { value },
                ..
            }) = stmts.first()
            {
                if let ExprKind::Constant {
                    value: Constant::Str(doc),
                    ..
                } = &value.kind
                {
                    first = 1;
                    self.load_docstring(doc, loc(value.range));
                    self.nameop("__doc__", ExprContext::Store, Location::NONE)?;
                }
            }
        }
        for s in &stmts[first..] {
            self.stmt(s)?;
        }
        if !self.future.annotations {
            self.process_deferred_annotations(l)?;
        }
        Ok(())
    }

    /// Compiles the body's `__annotate__` from its annotated assignments
    /// and stores it (in a module, where the placeholder stands).
    fn process_deferred_annotations(&mut self, l: Location) -> CompileResult<()> {
        let deferred = std::mem::take(&mut self.u().deferred_annotations);
        let is_module = self.unit().kind == UnitKind::Module;
        let start = self.unit().seq.instrs.len();
        if !deferred.is_empty() {
            let scope = self.unit().scope;
            let key = ScopeKey::body_annotations(scope);
            let parent_kind = self.unit().kind;
            self.enter_annotation_function("__annotate__", key, l)?;
            self.emit(Op::BUILD_MAP, 0, l);
            for (st, index) in deferred {
                let StmtKind::AnnAssign {
                    target, annotation, ..
                } = &st.kind
                else {
                    continue;
                };
                let ExprKind::Name { id, .. } = &target.kind else {
                    continue;
                };
                let sl = loc(st.range);
                let not_set = self.new_label();
                if index >= 0 {
                    self.load_const(ConstValue::Int(BigInt::from(index)), sl);
                    if parent_kind == UnitKind::Class {
                        let d = self.deref_index("__conditional_annotations__", false);
                        self.emit(Op::LOAD_DEREF, d, sl);
                    } else {
                        let i = self.u().names.add("__conditional_annotations__");
                        self.emit(Op::LOAD_GLOBAL, i << 1, sl);
                    }
                    self.emit(Op::CONTAINS_OP, 0, sl);
                    self.jump(Op::POP_JUMP_IF_FALSE, not_set, sl);
                }
                self.expr(annotation)?;
                self.emit(Op::COPY, 2, sl);
                let mangled = self.mangle(id);
                self.load_const(ConstValue::from(&*mangled), sl);
                self.emit0(Op::STORE_SUBSCR, l);
                self.use_label(not_set);
            }
            self.emit0(Op::RETURN_VALUE, l);
            let code = self.exit_annotation_scope()?;
            self.make_closure(code, 0, l)?;
            let store = if parent_kind == UnitKind::Class {
                "__annotate_func__"
            } else {
                "__annotate__"
            };
            self.nameop(store, ExprContext::Store, l)?;
        }
        if is_module {
            self.u().seq.move_to_placeholder(start);
        }
        Ok(())
    }

    fn load_docstring(&mut self, doc: &taipan_syntax::wtf8::Wtf8Buf, l: Location) {
        let value = match doc.as_str() {
            Some(s) => ConstValue::from(clean_doc(s).as_str()),
            None => ConstValue::Str(doc.clone()),
        };
        self.load_const(value, l);
    }

    pub fn stmts(&mut self, stmts: &'a [Stmt]) -> CompileResult<()> {
        stmts.iter().try_for_each(|s| self.stmt(s))
    }

    pub fn stmt(&mut self, s: &'a Stmt) -> CompileResult<()> {
        let l = loc(s.range);
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(s, f, false)?,
            StmtKind::AsyncFunctionDef(f) => self.function_def(s, f, true)?,
            StmtKind::ClassDef(c) => self.class_def(s, c)?,
            StmtKind::Return { value } => self.return_stmt(s, value.as_deref())?,
            StmtKind::Delete { targets } => self.exprs(targets)?,
            StmtKind::Assign { targets, value, .. } => {
                self.expr(value)?;
                let n = targets.len();
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Op::COPY, 1, l);
                    }
                    self.expr(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(s, target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(s, target, annotation, value.as_deref(), *simple)?,
            StmtKind::For(f) => self.for_stmt(s, f)?,
            StmtKind::AsyncFor(f) => self.async_for(s, f)?,
            StmtKind::While { test, body, orelse } => {
                let top = self.new_label();
                let end = self.new_label();
                let anchor = self.new_label();
                self.use_label(top);
                self.push_fblock(
                    FBlock::WhileLoop {
                        start: top,
                        exit: end,
                    },
                    l,
                )?;
                self.jump_if(test, anchor, false)?;
                self.stmts(body)?;
                self.jump(Op::JUMP, top, Location::NONE);
                self.pop_fblock();
                self.use_label(anchor);
                self.stmts(orelse)?;
                self.use_label(end);
            }
            StmtKind::If { test, body, orelse } => {
                let end = self.new_label();
                let next = if orelse.is_empty() {
                    end
                } else {
                    self.new_label()
                };
                self.jump_if(test, next, false)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.jump(Op::JUMP_NO_INTERRUPT, end, Location::NONE);
                    self.use_label(next);
                    self.stmts(orelse)?;
                }
                self.use_label(end);
            }
            StmtKind::With(w) => self.with_stmt(w, 0)?,
            StmtKind::AsyncWith(w) => self.async_with(w, 0)?,
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n += 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n += 1;
                    }
                }
                self.emit(Op::RAISE_VARARGS, n, l);
            }
            StmtKind::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(s, t)?;
                } else {
                    self.try_finally(s, t)?;
                }
            }
            StmtKind::TryStar(t) => {
                if t.finalbody.is_empty() {
                    self.try_star_except(s, t)?;
                } else {
                    self.try_finally(s, t)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                if !self.debug {
                    return Ok(());
                }
                let end = self.new_label();
                self.jump_if(test, end, true)?;
                self.emit(
                    Op::LOAD_COMMON_CONSTANT,
                    CommonConstant::CONSTANT_ASSERTIONERROR as u32,
                    l,
                );
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::CALL, 0, l);
                }
                self.emit(Op::RAISE_VARARGS, 1, loc(test.range));
                self.use_label(end);
            }
            StmtKind::Import { names } => {
                for alias in names {
                    self.load_const(ConstValue::Int(BigInt::from(0)), l);
                    self.load_const(ConstValue::None, l);
                    let idx = self.name_index(&alias.name);
                    self.emit(Op::IMPORT_NAME, idx, l);
                    match &alias.asname {
                        Some(asname) => self.import_as(&alias.name, asname, l)?,
                        None => {
                            let first = alias.name.split('.').next().unwrap_or(&alias.name);
                            self.nameop(first, ExprContext::Store, l)?;
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.load_const(ConstValue::Int(BigInt::from(*level)), l);
                let tuple = names
                    .iter()
                    .map(|a| ConstValue::from(a.name.as_str()))
                    .collect();
                self.load_const(ConstValue::Tuple(tuple), l);
                let idx = self.name_index(module.as_deref().unwrap_or(""));
                self.emit(Op::IMPORT_NAME, idx, l);
                for (i, alias) in names.iter().enumerate() {
                    if i == 0 && alias.name.starts_with('*') {
                        self.emit(
                            Op::CALL_INTRINSIC_1,
                            Intrinsic1::INTRINSIC_IMPORT_STAR as u32,
                            l,
                        );
                        self.emit0(Op::POP_TOP, Location::NONE);
                        return Ok(());
                    }
                    let idx = self.name_index(&alias.name);
                    self.emit(Op::IMPORT_FROM, idx, l);
                    let store = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.nameop(store, ExprContext::Store, l)?;
                }
                self.emit0(Op::POP_TOP, l);
            }
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => {}
            StmtKind::Expr { value } => {
                if self.unit().kind == UnitKind::Module && self.is_interactive() {
                    self.expr(value)?;
                    self.emit(Op::CALL_INTRINSIC_1, Intrinsic1::INTRINSIC_PRINT as u32, l);
                    self.emit0(Op::POP_TOP, Location::NONE);
                } else if matches!(value.kind, ExprKind::Constant { .. }) {
                    self.emit0(Op::NOP, l);
                } else {
                    self.expr(value)?;
                    self.emit0(Op::POP_TOP, Location::NONE);
                }
            }
            StmtKind::Pass => self.emit0(Op::NOP, l),
            StmtKind::Break => self.break_stmt(s)?,
            StmtKind::Continue => self.continue_stmt(s)?,
            StmtKind::TypeAlias {
                name,
                type_params,
                value,
            } => self.type_alias(s, name, type_params, value)?,
        }
        Ok(())
    }

    fn is_interactive(&self) -> bool {
        self.interactive
    }

    fn import_as(&mut self, name: &str, asname: &str, l: Location) -> CompileResult<()> {
        let mut parts = name.split('.');
        parts.next();
        let rest: Vec<&str> = parts.collect();
        if rest.is_empty() {
            return self.nameop(asname, ExprContext::Store, l);
        }
        for (i, attr) in rest.iter().enumerate() {
            let idx = self.u().names.add(attr);
            self.emit(Op::IMPORT_FROM, idx, l);
            if i + 1 < rest.len() {
                self.emit(Op::SWAP, 2, l);
                self.emit0(Op::POP_TOP, l);
            }
        }
        self.nameop(asname, ExprContext::Store, l)?;
        self.emit0(Op::POP_TOP, l);
        Ok(())
    }

    fn return_stmt(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> CompileResult<()> {
        let mut l = loc(s.range);
        let preserve_tos = value.is_some_and(|v| !matches!(v.kind, ExprKind::Constant { .. }));
        let ste = self.ste();
        if !ste.is_function_like() {
            return Err(syntax_error("'return' outside function", s.range));
        }
        if value.is_some() && ste.coroutine && ste.generator {
            return Err(syntax_error(
                "'return' with value in async generator",
                s.range,
            ));
        }
        if preserve_tos {
            if let Some(v) = value {
                self.expr(v)?;
            }
        } else if let Some(v) = value {
            // The constant's own line, for tracing.
            l = loc(v.range);
            self.emit0(Op::NOP, l);
        }
        if value.is_none_or(|v| v.range.lineno != s.range.lineno) {
            l = loc(s.range);
            self.emit0(Op::NOP, l);
        }
        self.unwind_fblock_stack(&mut l, preserve_tos, false)?;
        match value {
            None => self.load_const(ConstValue::None, l),
            Some(v) if !preserve_tos => {
                if let ExprKind::Constant { value, .. } = &v.kind {
                    self.load_const(ConstValue::from(value), l);
                }
            }
            Some(_) => {}
        }
        self.emit0(Op::RETURN_VALUE, l);
        Ok(())
    }

    fn break_stmt(&mut self, s: &'a Stmt) -> CompileResult<()> {
        let mut l = loc(s.range);
        self.emit0(Op::NOP, l);
        let Some(depth) = self.unwind_fblock_stack(&mut l, false, true)? else {
            return Err(syntax_error("'break' outside loop", s.range));
        };
        let block = self.unit().fblocks[depth].clone();
        self.unwind_fblock(&block, &mut l, false)?;
        let exit = match block {
            FBlock::WhileLoop { exit, .. }
            | FBlock::ForLoop { exit, .. }
            | FBlock::AsyncForLoop { exit, .. } => exit,
            _ => return Err(syntax_error("'break' outside loop", s.range)),
        };
        self.jump(Op::JUMP, exit, l);
        Ok(())
    }

    fn continue_stmt(&mut self, s: &'a Stmt) -> CompileResult<()> {
        let mut l = loc(s.range);
        self.emit0(Op::NOP, l);
        let Some(depth) = self.unwind_fblock_stack(&mut l, false, true)? else {
            return Err(syntax_error("'continue' not properly in loop", s.range));
        };
        let start = match self.unit().fblocks[depth] {
            FBlock::WhileLoop { start, .. }
            | FBlock::ForLoop { start, .. }
            | FBlock::AsyncForLoop { start, .. } => start,
            _ => return Err(syntax_error("'continue' not properly in loop", s.range)),
        };
        self.jump(Op::JUMP, start, l);
        Ok(())
    }

    /// Emits the clean-up of the frame blocks being left, innermost first;
    /// with `to_loop`, stops at the innermost loop and returns its index.
    fn unwind_fblock_stack(
        &mut self,
        l: &mut Location,
        preserve_tos: bool,
        to_loop: bool,
    ) -> CompileResult<Option<usize>> {
        let Some(top) = self.unit().fblocks.last().cloned() else {
            return Ok(None);
        };
        if matches!(top, FBlock::ExceptionGroupHandler) {
            return Err(syntax_error(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                range_of(*l),
            ));
        }
        if to_loop
            && matches!(
                top,
                FBlock::WhileLoop { .. } | FBlock::ForLoop { .. } | FBlock::AsyncForLoop { .. }
            )
        {
            return Ok(Some(self.unit().fblocks.len() - 1));
        }
        self.pop_fblock();
        self.unwind_fblock(&top, l, preserve_tos)?;
        let r = self.unwind_fblock_stack(l, preserve_tos, to_loop)?;
        self.push_fblock(top, *l)?;
        Ok(r)
    }

    fn unwind_fblock(
        &mut self,
        b: &FBlock<'a>,
        l: &mut Location,
        preserve_tos: bool,
    ) -> CompileResult<()> {
        match b {
            FBlock::WhileLoop { .. }
            | FBlock::ExceptionHandler
            | FBlock::ExceptionGroupHandler
            | FBlock::AsyncComprehensionGenerator
            | FBlock::StopIteration => {}
            FBlock::AsyncForLoop { .. } => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2, *l);
                }
                self.emit0(Op::POP_TOP, *l);
            }
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2, *l);
                }
                self.emit0(Op::POP_TOP, *l);
            }
            FBlock::TryExcept => self.emit0(Op::POP_BLOCK, *l),
            FBlock::FinallyTry { body, .. } => {
                self.emit0(Op::POP_BLOCK, *l);
                if preserve_tos {
                    self.push_fblock(FBlock::PopValue, *l)?;
                }
                self.stmts(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
                // The finally body seems to run after the unwinding statement.
                *l = Location::NONE;
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2, *l);
                }
                self.emit0(Op::POP_TOP, *l);
                if preserve_tos {
                    self.emit(Op::SWAP, 2, *l);
                }
                self.emit0(Op::POP_BLOCK, *l);
                self.emit0(Op::POP_EXCEPT, *l);
            }
            FBlock::With { loc: wl } | FBlock::AsyncWith { loc: wl } => {
                *l = *wl;
                self.emit0(Op::POP_BLOCK, *l);
                if preserve_tos {
                    self.emit(Op::SWAP, 3, *l);
                    self.emit(Op::SWAP, 2, *l);
                }
                self.call_exit_with_nones(*l);
                if matches!(b, FBlock::AsyncWith { .. }) {
                    self.emit(Op::GET_AWAITABLE, 2, *l);
                    self.load_const(ConstValue::None, *l);
                    self.yield_from(*l, true);
                }
                self.emit0(Op::POP_TOP, *l);
                *l = Location::NONE;
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit0(Op::POP_BLOCK, *l);
                }
                if preserve_tos {
                    self.emit(Op::SWAP, 2, *l);
                }
                self.emit0(Op::POP_BLOCK, *l);
                self.emit0(Op::POP_EXCEPT, *l);
                if let Some(name) = name {
                    self.load_const(ConstValue::None, *l);
                    self.nameop(name, ExprContext::Store, *l)?;
                    self.nameop(name, ExprContext::Del, *l)?;
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2, *l);
                }
                self.emit0(Op::POP_TOP, *l);
            }
        }
        Ok(())
    }

    fn call_exit_with_nones(&mut self, l: Location) {
        for _ in 0..3 {
            self.load_const(ConstValue::None, l);
        }
        self.emit(Op::CALL, 3, l);
    }

    fn aug_assign(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        op: Operator,
        value: &'a Expr,
    ) -> CompileResult<()> {
        let tl = loc(target.range);
        match &target.kind {
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                self.emit(Op::COPY, 1, tl);
                let al = self.attr_loc(tl, target);
                let idx = self.name_index(attr);
                self.emit(Op::LOAD_ATTR, idx << 1, al);
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                if let (
                    ExprKind::Slice {
                        lower,
                        upper,
                        step: None,
                    },
                    false,
                ) = (&slice.kind, super::expr::is_const_slice(slice))
                {
                    self.opt_expr(lower, tl)?;
                    self.opt_expr(upper, tl)?;
                    self.emit(Op::COPY, 3, tl);
                    self.emit(Op::COPY, 3, tl);
                    self.emit(Op::COPY, 3, tl);
                    self.emit0(Op::BINARY_SLICE, tl);
                } else {
                    self.expr(slice)?;
                    self.emit(Op::COPY, 2, tl);
                    self.emit(Op::COPY, 2, tl);
                    self.emit(Op::BINARY_OP, BinaryOperator::NB_SUBSCR as u32, tl);
                }
            }
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Load, tl)?,
            _ => {
                return Err(syntax_error(
                    "illegal expression for augmented assignment",
                    target.range,
                ))
            }
        }
        self.expr(value)?;
        self.emit(
            Op::BINARY_OP,
            binop_arg(op) + BinaryOperator::NB_INPLACE_ADD as u32,
            loc(s.range),
        );
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                let al = self.attr_loc(tl, target);
                self.emit(Op::SWAP, 2, al);
                let idx = self.name_index(attr);
                self.emit(Op::STORE_ATTR, idx, al);
            }
            ExprKind::Subscript { slice, .. } => {
                if matches!(slice.kind, ExprKind::Slice { step: None, .. })
                    && !super::expr::is_const_slice(slice)
                {
                    self.emit(Op::SWAP, 4, tl);
                    self.emit(Op::SWAP, 3, tl);
                    self.emit(Op::SWAP, 2, tl);
                    self.emit0(Op::STORE_SLICE, tl);
                } else {
                    self.emit(Op::SWAP, 3, tl);
                    self.emit(Op::SWAP, 2, tl);
                    self.emit0(Op::STORE_SUBSCR, tl);
                }
            }
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Store, tl)?,
            _ => {}
        }
        Ok(())
    }

    fn opt_expr(&mut self, e: &'a Option<Box<Expr>>, l: Location) -> CompileResult<()> {
        match e {
            Some(e) => self.expr(e),
            None => {
                self.load_const(ConstValue::None, l);
                Ok(())
            }
        }
    }

    fn ann_assign(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CompileResult<()> {
        if let Some(v) = value {
            self.expr(v)?;
            self.expr(target)?;
        }
        match &target.kind {
            ExprKind::Name { id, .. } => {
                if simple && matches!(self.unit().kind, UnitKind::Module | UnitKind::Class) {
                    if self.future.annotations {
                        let l = loc(s.range);
                        self.annotation_string(annotation);
                        let idx = self.u().names.add("__annotations__");
                        self.emit(Op::LOAD_NAME, idx, l);
                        let mangled = self.mangle(id);
                        self.load_const(ConstValue::from(&*mangled), l);
                        self.emit0(Op::STORE_SUBSCR, l);
                        return Ok(());
                    }
                    let index = if self.ste().has_conditional_annotations {
                        let i = self.unit().next_conditional_index;
                        self.u().next_conditional_index += 1;
                        i
                    } else {
                        -1
                    };
                    self.u().deferred_annotations.push((s, index));
                    if index >= 0 {
                        let l = loc(s.range);
                        // CPython indexes the name in the cell table even
                        // for LOAD_NAME; kept for identical bytecode.
                        let cell = self.u().cellvars.add("__conditional_annotations__");
                        let op = if self.unit().kind == UnitKind::Class {
                            Op::LOAD_DEREF
                        } else {
                            Op::LOAD_NAME
                        };
                        self.emit(op, cell, l);
                        self.load_const(ConstValue::Int(BigInt::from(index)), l);
                        self.emit(Op::SET_ADD, 1, l);
                        self.emit0(Op::POP_TOP, l);
                    }
                }
            }
            ExprKind::Attribute { value: obj, .. } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit0(Op::POP_TOP, loc(obj.range));
                }
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit0(Op::POP_TOP, loc(obj.range));
                    self.check_ann_subscr(slice)?;
                }
            }
            _ => {
                return Err(syntax_error(
                    "invalid node type for annotated assignment",
                    target.range,
                ))
            }
        }
        Ok(())
    }

    /// An annotation under `from __future__ import annotations`: its
    /// source text, as a constant.
    fn annotation_string(&mut self, ann: &Expr) {
        let text = crate::unparse::unparse(ann);
        self.load_const(ConstValue::Str(text), loc(ann.range));
    }

    fn check_ann_subscr(&mut self, e: &'a Expr) -> CompileResult<()> {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.check_ann_subscr(part)?;
                }
            }
            ExprKind::Tuple { elts, .. } => {
                for elt in elts {
                    self.check_ann_subscr(elt)?;
                }
            }
            _ => {
                self.expr(e)?;
                self.emit0(Op::POP_TOP, loc(e.range));
            }
        }
        Ok(())
    }

    fn for_stmt(&mut self, s: &'a Stmt, f: &'a For) -> CompileResult<()> {
        let start = self.new_label();
        let body = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.push_fblock(FBlock::ForLoop { start, exit: end }, loc(s.range))?;
        self.expr(&f.iter)?;
        let il = loc(f.iter.range);
        self.emit0(Op::GET_ITER, il);
        self.use_label(start);
        self.jump(Op::FOR_ITER, cleanup, il);
        // A NOP with the target's line, for tracing multi-line for statements.
        self.emit0(Op::NOP, loc(f.target.range));
        self.use_label(body);
        self.expr(&f.target)?;
        self.stmts(&f.body)?;
        self.jump(Op::JUMP, start, Location::NONE);
        self.use_label(cleanup);
        self.emit0(Op::END_FOR, Location::NONE);
        self.emit0(Op::POP_ITER, Location::NONE);
        self.pop_fblock();
        self.stmts(&f.orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn with_stmt(&mut self, w: &'a With, pos: usize) -> CompileResult<()> {
        let item = &w.items[pos];
        let l = loc(item.context_expr.range);
        let block = self.new_label();
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.expr(&item.context_expr)?;
        self.emit(Op::COPY, 1, l);
        self.emit(Op::LOAD_SPECIAL, SpecialMethod::SPECIAL___EXIT__ as u32, l);
        self.emit(Op::SWAP, 2, l);
        self.emit(Op::SWAP, 3, l);
        self.emit(Op::LOAD_SPECIAL, SpecialMethod::SPECIAL___ENTER__ as u32, l);
        self.emit(Op::CALL, 0, l);
        self.jump(Op::SETUP_WITH, final_, l);
        self.use_label(block);
        self.push_fblock(FBlock::With { loc: l }, l)?;
        match &item.optional_vars {
            Some(target) => self.expr(target)?,
            None => self.emit0(Op::POP_TOP, l),
        }
        if pos + 1 == w.items.len() {
            self.stmts(&w.body)?;
        } else {
            self.with_stmt(w, pos + 1)?;
        }
        self.emit0(Op::POP_BLOCK, Location::NONE);
        self.pop_fblock();
        self.call_exit_with_nones(l);
        self.emit0(Op::POP_TOP, l);
        self.jump(Op::JUMP, exit, l);
        self.use_label(final_);
        self.jump(Op::SETUP_CLEANUP, cleanup, l);
        self.emit0(Op::PUSH_EXC_INFO, l);
        self.emit0(Op::WITH_EXCEPT_START, l);
        self.with_except_finish(cleanup);
        self.use_label(exit);
        Ok(())
    }

    fn async_with(&mut self, w: &'a With, pos: usize) -> CompileResult<()> {
        let item = &w.items[pos];
        let block = self.new_label();
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.expr(&item.context_expr)?;
        let l = loc(item.context_expr.range);
        self.emit(Op::COPY, 1, l);
        self.emit(Op::LOAD_SPECIAL, SpecialMethod::SPECIAL___AEXIT__ as u32, l);
        self.emit(Op::SWAP, 2, l);
        self.emit(Op::SWAP, 3, l);
        self.emit(
            Op::LOAD_SPECIAL,
            SpecialMethod::SPECIAL___AENTER__ as u32,
            l,
        );
        self.emit(Op::CALL, 0, l);
        self.emit(Op::GET_AWAITABLE, 1, l);
        self.load_const(ConstValue::None, l);
        self.yield_from(l, true);
        self.jump(Op::SETUP_WITH, final_, l);
        self.use_label(block);
        self.push_fblock(FBlock::AsyncWith { loc: l }, l)?;
        match &item.optional_vars {
            Some(target) => self.expr(target)?,
            None => self.emit0(Op::POP_TOP, l),
        }
        if pos + 1 == w.items.len() {
            self.stmts(&w.body)?;
        } else {
            self.async_with(w, pos + 1)?;
        }
        self.pop_fblock();
        self.emit0(Op::POP_BLOCK, l);
        self.call_exit_with_nones(l);
        self.emit(Op::GET_AWAITABLE, 2, l);
        self.load_const(ConstValue::None, l);
        self.yield_from(l, true);
        self.emit0(Op::POP_TOP, l);
        self.jump(Op::JUMP, exit, l);
        self.use_label(final_);
        self.jump(Op::SETUP_CLEANUP, cleanup, l);
        self.emit0(Op::PUSH_EXC_INFO, l);
        self.emit0(Op::WITH_EXCEPT_START, l);
        self.emit(Op::GET_AWAITABLE, 2, l);
        self.load_const(ConstValue::None, l);
        self.yield_from(l, true);
        self.with_except_finish(cleanup);
        self.use_label(exit);
        Ok(())
    }

    fn async_for(&mut self, s: &'a Stmt, f: &'a For) -> CompileResult<()> {
        let l = loc(s.range);
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.emit0(Op::GET_AITER, loc(f.iter.range));
        self.use_label(start);
        self.push_fblock(FBlock::AsyncForLoop { start, exit: end }, l)?;
        // SETUP_FINALLY guards the __anext__ call.
        self.jump(Op::SETUP_FINALLY, except, l);
        self.emit0(Op::GET_ANEXT, l);
        self.load_const(ConstValue::None, l);
        let send = self.yield_from_exit(l, true);
        self.emit0(Op::POP_BLOCK, l);
        self.emit0(Op::NOT_TAKEN, l);
        self.expr(&f.target)?;
        self.stmts(&f.body)?;
        self.jump(Op::JUMP, start, Location::NONE);
        self.pop_fblock();
        self.use_label(except);
        // END_ASYNC_FOR ends the `for`, not its body: the iterator's line.
        self.jump(Op::END_ASYNC_FOR, send, loc(f.iter.range));
        self.stmts(&f.orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn with_except_finish(&mut self, cleanup: crate::seq::Label) {
        let n = Location::NONE;
        let suppress = self.new_label();
        self.emit0(Op::TO_BOOL, n);
        self.jump(Op::POP_JUMP_IF_TRUE, suppress, n);
        self.emit(Op::RERAISE, 2, n);
        self.use_label(suppress);
        self.emit0(Op::POP_TOP, n);
        self.emit0(Op::POP_BLOCK, n);
        self.emit0(Op::POP_EXCEPT, n);
        self.emit0(Op::POP_TOP, n);
        self.emit0(Op::POP_TOP, n);
        self.emit0(Op::POP_TOP, n);
        let exit = self.new_label();
        self.jump(Op::JUMP_NO_INTERRUPT, exit, n);
        self.use_label(cleanup);
        self.pop_except_and_reraise(n);
        self.use_label(exit);
    }

    fn pop_except_and_reraise(&mut self, l: Location) {
        self.emit(Op::COPY, 3, l);
        self.emit0(Op::POP_EXCEPT, l);
        self.emit(Op::RERAISE, 1, l);
    }

    fn try_except(&mut self, s: &'a Stmt, t: &'a Try) -> CompileResult<()> {
        let l = loc(s.range);
        let n = Location::NONE;
        let body = self.new_label();
        let mut except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.jump(Op::SETUP_FINALLY, except, l);
        self.use_label(body);
        self.push_fblock(FBlock::TryExcept, l)?;
        self.stmts(&t.body)?;
        self.pop_fblock();
        self.emit0(Op::POP_BLOCK, n);
        self.stmts(&t.orelse)?;
        self.jump(Op::JUMP_NO_INTERRUPT, end, n);
        self.use_label(except);
        self.jump(Op::SETUP_CLEANUP, cleanup, n);
        self.emit0(Op::PUSH_EXC_INFO, n);
        self.push_fblock(FBlock::ExceptionHandler, l)?;
        let count = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let hl = loc(h.range);
            if h.type_.is_none() && i + 1 < count {
                return Err(syntax_error("default 'except:' must be last", h.range));
            }
            except = self.new_label();
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.emit0(Op::CHECK_EXC_MATCH, hl);
                self.jump(Op::POP_JUMP_IF_FALSE, except, hl);
            }
            match &h.name {
                Some(name) => {
                    let cleanup_end = self.new_label();
                    let cleanup_body = self.new_label();
                    self.nameop(name, ExprContext::Store, hl)?;
                    // `except E as name:` is a try/finally that deletes `name`.
                    self.jump(Op::SETUP_CLEANUP, cleanup_end, hl);
                    self.use_label(cleanup_body);
                    self.push_fblock(
                        FBlock::HandlerCleanup {
                            name: Some(name.clone()),
                        },
                        l,
                    )?;
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.emit0(Op::POP_BLOCK, n);
                    self.emit0(Op::POP_BLOCK, n);
                    self.emit0(Op::POP_EXCEPT, n);
                    self.load_const(ConstValue::None, n);
                    self.nameop(name, ExprContext::Store, n)?;
                    self.nameop(name, ExprContext::Del, n)?;
                    self.jump(Op::JUMP_NO_INTERRUPT, end, n);
                    self.use_label(cleanup_end);
                    self.load_const(ConstValue::None, n);
                    self.nameop(name, ExprContext::Store, n)?;
                    self.nameop(name, ExprContext::Del, n)?;
                    self.emit(Op::RERAISE, 1, n);
                }
                None => {
                    let cleanup_body = self.new_label();
                    self.emit0(Op::POP_TOP, hl);
                    self.use_label(cleanup_body);
                    self.push_fblock(FBlock::HandlerCleanup { name: None }, l)?;
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.emit0(Op::POP_BLOCK, n);
                    self.emit0(Op::POP_EXCEPT, n);
                    self.jump(Op::JUMP_NO_INTERRUPT, end, n);
                }
            }
            self.use_label(except);
        }
        self.pop_fblock();
        self.emit(Op::RERAISE, 0, n);
        self.use_label(cleanup);
        self.pop_except_and_reraise(n);
        self.use_label(end);
        Ok(())
    }

    /// `try`/`except*`: each handler takes its part of the exception
    /// group; what was raised or left unhandled is re-raised together.
    fn try_star_except(&mut self, s: &'a Stmt, t: &'a Try) -> CompileResult<()> {
        let l = loc(s.range);
        let n = Location::NONE;
        let body = self.new_label();
        let mut except = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        self.jump(Op::SETUP_FINALLY, except, l);
        self.use_label(body);
        self.push_fblock(FBlock::TryExcept, l)?;
        self.stmts(&t.body)?;
        self.pop_fblock();
        self.emit0(Op::POP_BLOCK, n);
        self.jump(Op::JUMP_NO_INTERRUPT, orelse, n);
        self.use_label(except);
        self.jump(Op::SETUP_CLEANUP, cleanup, n);
        self.emit0(Op::PUSH_EXC_INFO, n);
        self.push_fblock(FBlock::ExceptionGroupHandler, l)?;
        let count = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let hl = loc(h.range);
            except = self.new_label();
            let except_with_error = self.new_label();
            let no_match = self.new_label();
            if i == 0 {
                // The list of exceptions raised or re-raised by the handlers,
                // and a copy of the original group.
                self.emit(Op::BUILD_LIST, 0, hl);
                self.emit(Op::COPY, 2, hl);
            }
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.emit0(Op::CHECK_EG_MATCH, hl);
                self.emit(Op::COPY, 1, hl);
                self.jump(Op::POP_JUMP_IF_NONE, no_match, hl);
            }
            let cleanup_end = self.new_label();
            let cleanup_body = self.new_label();
            match &h.name {
                Some(name) => self.nameop(name, ExprContext::Store, hl)?,
                None => self.emit0(Op::POP_TOP, hl),
            }
            self.jump(Op::SETUP_CLEANUP, cleanup_end, hl);
            self.use_label(cleanup_body);
            self.push_fblock(
                FBlock::HandlerCleanup {
                    name: h.name.clone(),
                },
                l,
            )?;
            self.stmts(&h.body)?;
            self.pop_fblock();
            self.emit0(Op::POP_BLOCK, n);
            if let Some(name) = &h.name {
                self.load_const(ConstValue::None, n);
                self.nameop(name, ExprContext::Store, n)?;
                self.nameop(name, ExprContext::Del, n)?;
            }
            self.jump(Op::JUMP_NO_INTERRUPT, except, n);
            self.use_label(cleanup_end);
            if let Some(name) = &h.name {
                self.load_const(ConstValue::None, n);
                self.nameop(name, ExprContext::Store, n)?;
                self.nameop(name, ExprContext::Del, n)?;
            }
            // An exception raised in the handler joins the result list.
            self.emit(Op::LIST_APPEND, 3, n);
            self.emit0(Op::POP_TOP, n);
            self.jump(Op::JUMP_NO_INTERRUPT, except_with_error, n);
            self.use_label(except);
            // A NOP to carry a propagated location.
            self.emit0(Op::NOP, n);
            self.jump(Op::JUMP_NO_INTERRUPT, except_with_error, n);
            self.use_label(no_match);
            self.emit0(Op::POP_TOP, hl);
            self.use_label(except_with_error);
            if i + 1 == count {
                // The unhandled rest of the group (or None) joins the list.
                self.emit(Op::LIST_APPEND, 1, n);
                self.jump(Op::JUMP_NO_INTERRUPT, reraise_star, n);
            }
        }
        self.pop_fblock();
        let reraise = self.new_label();
        self.use_label(reraise_star);
        self.emit(
            Op::CALL_INTRINSIC_2,
            Intrinsic2::INTRINSIC_PREP_RERAISE_STAR as u32,
            n,
        );
        self.emit(Op::COPY, 1, n);
        self.jump(Op::POP_JUMP_IF_NOT_NONE, reraise, n);
        self.emit0(Op::POP_TOP, n);
        self.emit0(Op::POP_BLOCK, n);
        self.emit0(Op::POP_EXCEPT, n);
        self.jump(Op::JUMP_NO_INTERRUPT, end, n);
        self.use_label(reraise);
        self.emit0(Op::POP_BLOCK, n);
        self.emit(Op::SWAP, 2, n);
        self.emit0(Op::POP_EXCEPT, n);
        self.emit(Op::RERAISE, 0, n);
        self.use_label(cleanup);
        self.pop_except_and_reraise(n);
        self.use_label(orelse);
        self.stmts(&t.orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn try_finally(&mut self, s: &'a Stmt, t: &'a Try) -> CompileResult<()> {
        let l = loc(s.range);
        let n = Location::NONE;
        let body = self.new_label();
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.jump(Op::SETUP_FINALLY, end, l);
        self.use_label(body);
        self.push_fblock(
            FBlock::FinallyTry {
                body: &t.finalbody,
                loc: l,
            },
            l,
        )?;
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
        } else if matches!(s.kind, StmtKind::TryStar(_)) {
            self.try_star_except(s, t)?;
        } else {
            self.try_except(s, t)?;
        }
        self.emit0(Op::POP_BLOCK, n);
        self.pop_fblock();
        self.stmts(&t.finalbody)?;
        self.jump(Op::JUMP_NO_INTERRUPT, exit, n);
        self.use_label(end);
        self.jump(Op::SETUP_CLEANUP, cleanup, n);
        self.emit0(Op::PUSH_EXC_INFO, n);
        self.push_fblock(FBlock::FinallyEnd, l)?;
        self.stmts(&t.finalbody)?;
        self.pop_fblock();
        self.emit(Op::RERAISE, 0, n);
        self.use_label(cleanup);
        self.pop_except_and_reraise(n);
        self.use_label(exit);
        Ok(())
    }

    fn decorators(&mut self, decorators: &'a [Expr]) -> CompileResult<()> {
        self.exprs(decorators)
    }

    fn apply_decorators(&mut self, decorators: &'a [Expr]) {
        for d in decorators.iter().rev() {
            self.emit(Op::CALL, 0, loc(d.range));
        }
    }

    fn function_def(
        &mut self,
        s: &'a Stmt,
        f: &'a FunctionDef,
        is_async: bool,
    ) -> CompileResult<()> {
        self.decorators(&f.decorator_list)?;
        let firstlineno = f
            .decorator_list
            .first()
            .map_or(s.range.lineno, |d| d.range.lineno);
        let l = loc(s.range);
        let mut flags = self.default_arguments(&f.args, l)?;
        let generic = !f.type_params.is_empty();
        // A generic function's defaults are evaluated outside and passed to
        // its type-parameter scope as arguments.
        let mut nargs = 0;
        if generic {
            let defaults = [
                FunctionAttribute::MAKE_FUNCTION_DEFAULTS,
                FunctionAttribute::MAKE_FUNCTION_KWDEFAULTS,
            ];
            nargs = defaults.iter().filter(|d| flags & d.bit() != 0).count() as u32;
            if nargs == 2 {
                self.emit(Op::SWAP, 2, l);
            }
            self.enter_type_params_scope(&f.name, &f.type_params, firstlineno, nargs)?;
            self.type_params(&f.type_params)?;
            for i in 0..nargs {
                self.emit(Op::LOAD_FAST, i, l);
            }
        }
        flags |= self.annotations(&f.args, f.returns.as_deref(), l)?;
        self.function_body(s, f, is_async, flags, firstlineno)?;
        if generic {
            self.emit(Op::SWAP, 2, l);
            let intrinsic = Intrinsic2::INTRINSIC_SET_FUNCTION_TYPE_PARAMS;
            self.emit(Op::CALL_INTRINSIC_2, intrinsic as u32, l);
            self.call_type_params_scope(l, nargs)?;
        }
        self.apply_decorators(&f.decorator_list);
        self.nameop(&f.name, ExprContext::Store, l)
    }

    /// The function's own code object, made into a function with `flags`'
    /// attributes (CPython's `codegen_function_body`).
    fn function_body(
        &mut self,
        s: &'a Stmt,
        f: &'a FunctionDef,
        is_async: bool,
        flags: u32,
        firstlineno: u32,
    ) -> CompileResult<()> {
        let l = loc(s.range);
        let kind = if is_async {
            UnitKind::AsyncFunction
        } else {
            UnitKind::Function
        };
        let key = ScopeKey::of(s, KeyRole::Body);
        self.enter_scope(&f.name, kind, key, firstlineno, Some(&f.args))?;
        let mut first = 0;
        if has_docstring(&f.body) {
            if let StmtKind::Expr { value } = &f.body[0].kind {
                if let ExprKind::Constant {
                    value: Constant::Str(doc),
                    ..
                } = &value.kind
                {
                    first = 1;
                    let value = match doc.as_str() {
                        Some(d) => ConstValue::from(clean_doc(d).as_str()),
                        None => ConstValue::Str(doc.clone()),
                    };
                    self.u().add_const(value);
                }
            }
        }
        let ste = self.ste();
        let wrap = ste.coroutine || ste.generator;
        if wrap {
            self.push_fblock(FBlock::StopIteration, l)?;
        }
        for st in &f.body[first..] {
            self.stmt(st)?;
        }
        let code = if wrap {
            self.pop_fblock();
            self.wrap_in_stopiteration_handler()?
        } else {
            self.exit_scope(true)?
        };
        self.make_closure(code, flags, l)
    }

    /// The `__annotate__` function of a function's annotations, if any;
    /// returns the `SET_FUNCTION_ATTRIBUTE` bit for it.
    fn annotations(
        &mut self,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
        l: Location,
    ) -> CompileResult<u32> {
        let key = ScopeKey::of(args, KeyRole::Annotations);
        let Some(scope) = self.table.lookup(key) else {
            return Ok(0);
        };
        if !self.table.scope(scope).annotations_used {
            return Ok(0);
        }
        self.enter_scope(
            "__annotate__",
            UnitKind::Annotations,
            key,
            l.lineno.max(0) as u32,
            None,
        )?;
        self.u().argcount = 1;
        self.u().posonlyargcount = 1;
        self.annotate_prologue(l);
        let mut count = 0;
        let positional = args.args.iter().chain(&args.posonlyargs);
        for a in positional {
            count += self.arg_annotation(&a.arg, a.annotation.as_deref(), l)?;
        }
        if let Some(v) = &args.vararg {
            count += self.arg_annotation(&v.arg, v.annotation.as_deref(), l)?;
        }
        for a in &args.kwonlyargs {
            count += self.arg_annotation(&a.arg, a.annotation.as_deref(), l)?;
        }
        if let Some(k) = &args.kwarg {
            count += self.arg_annotation(&k.arg, k.annotation.as_deref(), l)?;
        }
        count += self.arg_annotation("return", returns, l)?;
        self.emit(Op::BUILD_MAP, count, l);
        self.emit0(Op::RETURN_VALUE, l);
        let code = self.exit_annotation_scope()?;
        self.make_closure(code, 0, l)?;
        Ok(FunctionAttribute::MAKE_FUNCTION_ANNOTATE.bit())
    }

    /// `if format > VALUE_WITH_FAKE_GLOBALS: raise NotImplementedError`.
    pub(super) fn annotate_prologue(&mut self, l: Location) {
        self.emit(Op::LOAD_FAST, 0, l);
        self.load_const(ConstValue::Int(BigInt::from(2)), l);
        let (op, arg) = super::expr::compare_op(CmpOp::Gt);
        self.emit(op, arg, l);
        let body = self.new_label();
        self.jump(Op::POP_JUMP_IF_FALSE, body, l);
        self.emit(
            Op::LOAD_COMMON_CONSTANT,
            CommonConstant::CONSTANT_NOTIMPLEMENTEDERROR as u32,
            l,
        );
        self.emit(Op::RAISE_VARARGS, 1, l);
        self.use_label(body);
    }

    /// Closes an `__annotate__` unit; its parameter shows as `format`.
    fn exit_annotation_scope(
        &mut self,
    ) -> CompileResult<std::sync::Arc<taipan_bytecode::CodeObject>> {
        let code = self.exit_scope(true)?;
        let mut code = (*code).clone();
        if let Some(first) = code.localsplusnames.first_mut() {
            *first = "format".to_string();
        }
        Ok(std::sync::Arc::new(code))
    }

    fn arg_annotation(
        &mut self,
        name: &str,
        ann: Option<&'a Expr>,
        l: Location,
    ) -> CompileResult<u32> {
        let Some(ann) = ann else {
            return Ok(0);
        };
        let mangled = self.mangle(name);
        self.load_const(ConstValue::from(&*mangled), l);
        if self.future.annotations {
            self.annotation_string(ann);
        } else if let ExprKind::Starred { value, .. } = &ann.kind {
            self.expr(value)?;
            self.emit(Op::UNPACK_SEQUENCE, 1, l);
        } else {
            self.expr(ann)?;
        }
        Ok(1)
    }

    fn class_def(&mut self, s: &'a Stmt, c: &'a ClassDef) -> CompileResult<()> {
        self.decorators(&c.decorator_list)?;
        let firstlineno = c
            .decorator_list
            .first()
            .map_or(s.range.lineno, |d| d.range.lineno);
        let l = loc(s.range);
        let generic = !c.type_params.is_empty();
        if generic {
            self.enter_type_params_scope(&c.name, &c.type_params, firstlineno, 0)?;
            // The class body's names are mangled with the class name here too.
            self.u().private = Some(c.name.clone());
            self.type_params(&c.type_params)?;
            self.nameop(".type_params", ExprContext::Store, l)?;
        }
        self.class_body(s, c, firstlineno)?;
        if generic {
            self.nameop(".type_params", ExprContext::Load, l)?;
            let intrinsic = Intrinsic1::INTRINSIC_SUBSCRIPT_GENERIC;
            self.emit(Op::CALL_INTRINSIC_1, intrinsic as u32, l);
            self.nameop(".generic_base", ExprContext::Store, l)?;
            self.call_helper_impl(l, 2, &c.bases, Some(".generic_base"), &c.keywords)?;
            self.call_type_params_scope(l, 0)?;
        } else {
            self.call_helper(l, 2, &c.bases, &c.keywords)?;
        }
        self.apply_decorators(&c.decorator_list);
        self.nameop(&c.name, ExprContext::Store, l)
    }

    /// Makes the class body's function and pushes what `__build_class__`
    /// takes before the bases (CPython's `codegen_class_body`).
    fn class_body(&mut self, s: &'a Stmt, c: &'a ClassDef, firstlineno: u32) -> CompileResult<()> {
        let key = ScopeKey::of(s, KeyRole::Body);
        self.enter_scope(&c.name, UnitKind::Class, key, firstlineno, None)?;
        // The class body's prologue belongs to its first line.
        let l = Location {
            lineno: firstlineno as i32,
            end_lineno: firstlineno as i32,
            col: 0,
            end_col: 0,
        };
        self.nameop("__name__", ExprContext::Load, l)?;
        self.nameop("__module__", ExprContext::Store, l)?;
        let qualname = self.unit().qualname.clone();
        self.load_const(ConstValue::from(qualname.as_str()), l);
        self.nameop("__qualname__", ExprContext::Store, l)?;
        self.load_const(ConstValue::Int(BigInt::from(firstlineno)), l);
        self.nameop("__firstlineno__", ExprContext::Store, l)?;
        if !c.type_params.is_empty() {
            self.nameop(".type_params", ExprContext::Load, l)?;
            self.nameop("__type_params__", ExprContext::Store, l)?;
        }
        let ste = self.ste();
        if ste.needs_classdict {
            self.emit0(Op::LOAD_LOCALS, l);
            let idx = self.deref_index("__classdict__", true);
            self.emit(Op::STORE_DEREF, idx, l);
        }
        if ste.has_conditional_annotations {
            self.emit(Op::BUILD_SET, 0, l);
            let idx = self.deref_index("__conditional_annotations__", true);
            self.emit(Op::STORE_DEREF, idx, l);
        }
        self.body(&c.body, l)?;
        let attrs = self.u().static_attributes.take().unwrap_or_default();
        let mut attrs = attrs;
        attrs.sort();
        let n = Location::NONE;
        self.load_const(
            ConstValue::Tuple(attrs.iter().map(|a| ConstValue::from(a.as_str())).collect()),
            n,
        );
        self.nameop_plain("__static_attributes__", n);
        let ste = self.ste();
        if ste.needs_classdict {
            let idx = self.deref_index("__classdict__", true);
            self.emit(Op::LOAD_CLOSURE, idx, n);
            self.nameop_plain("__classdictcell__", n);
        }
        if ste.needs_class_closure {
            let idx = self.deref_index("__class__", true);
            self.emit(Op::LOAD_CLOSURE, idx, n);
            self.emit(Op::COPY, 1, n);
            self.nameop_plain("__classcell__", n);
        } else {
            self.load_const(ConstValue::None, n);
        }
        self.emit0(Op::RETURN_VALUE, n);
        let code = self.exit_scope(true)?;
        let l = loc(s.range);
        self.emit0(Op::LOAD_BUILD_CLASS, l);
        self.emit0(Op::PUSH_NULL, l);
        self.make_closure(code, 0, l)?;
        self.load_const(ConstValue::from(c.name.as_str()), l);
        Ok(())
    }

    /// `STORE_NAME` without scope analysis (for the class body's implicit names).
    fn nameop_plain(&mut self, name: &str, l: Location) {
        let idx = self.u().names.add(name);
        self.emit(Op::STORE_NAME, idx, l);
    }
}
