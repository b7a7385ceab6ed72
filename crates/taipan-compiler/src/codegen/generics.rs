//! PEP 695: type parameters of generic functions, classes and type aliases,
//! and the `type` statement. Each generic gets a hidden
//! `<generic parameters of NAME>` function that creates the type variables,
//! builds the definition inside it and returns it; bounds, constraints,
//! defaults and alias values are lazily evaluated annotation scopes.

use super::{loc, Compiler, UnitKind};
use crate::error::{syntax_error, CompileResult};
use crate::location::Location;
use crate::symtable::{KeyRole, ScopeKey};
use num_bigint::BigInt;
use taipan_bytecode::oparg::{FunctionAttribute, Intrinsic1, Intrinsic2};
use taipan_bytecode::AnyOpcode as Op;
use taipan_bytecode::ConstValue;
use taipan_syntax::ast::*;

impl<'a> Compiler<'a> {
    /// Opens the `<generic parameters of NAME>` unit of `params`, taking
    /// `argcount` arguments (a generic function's defaults).
    pub fn enter_type_params_scope(
        &mut self,
        name: &str,
        params: &'a [TypeParam],
        lineno: u32,
        argcount: u32,
    ) -> CompileResult<()> {
        self.enter_scope(
            &format!("<generic parameters of {name}>"),
            UnitKind::Annotations,
            ScopeKey::of(params, KeyRole::TypeParams),
            lineno,
            None,
        )?;
        self.u().argcount = argcount;
        Ok(())
    }

    /// Creates each type parameter, binds its name, and leaves the tuple of
    /// them on the stack (CPython's `codegen_type_params`).
    pub fn type_params(&mut self, params: &'a [TypeParam]) -> CompileResult<()> {
        let mut seen_default = false;
        for tp in params {
            let l = loc(tp.range);
            let (name, default, starred_default) = match &tp.kind {
                TypeParamKind::TypeVar {
                    name,
                    bound,
                    default_value,
                } => {
                    self.load_const(ConstValue::from(name.as_str()), l);
                    if let Some(bound) = bound {
                        let key = ScopeKey::of(tp, KeyRole::Body);
                        self.type_param_scope(bound, name, key, false)?;
                        let intrinsic = if matches!(bound.kind, ExprKind::Tuple { .. }) {
                            Intrinsic2::INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
                        } else {
                            Intrinsic2::INTRINSIC_TYPEVAR_WITH_BOUND
                        };
                        self.emit(Op::CALL_INTRINSIC_2, intrinsic as u32, l);
                    } else {
                        self.emit(
                            Op::CALL_INTRINSIC_1,
                            Intrinsic1::INTRINSIC_TYPEVAR as u32,
                            l,
                        );
                    }
                    (name, default_value, false)
                }
                TypeParamKind::TypeVarTuple {
                    name,
                    default_value,
                } => {
                    self.load_const(ConstValue::from(name.as_str()), l);
                    let intrinsic = Intrinsic1::INTRINSIC_TYPEVARTUPLE;
                    self.emit(Op::CALL_INTRINSIC_1, intrinsic as u32, l);
                    (name, default_value, true)
                }
                TypeParamKind::ParamSpec {
                    name,
                    default_value,
                } => {
                    self.load_const(ConstValue::from(name.as_str()), l);
                    let intrinsic = Intrinsic1::INTRINSIC_PARAMSPEC;
                    self.emit(Op::CALL_INTRINSIC_1, intrinsic as u32, l);
                    (name, default_value, false)
                }
            };
            if let Some(default) = default {
                seen_default = true;
                let key = ScopeKey::of(tp, KeyRole::TypeParamDefault);
                self.type_param_scope(default, name, key, starred_default)?;
                let intrinsic = Intrinsic2::INTRINSIC_SET_TYPEPARAM_DEFAULT;
                self.emit(Op::CALL_INTRINSIC_2, intrinsic as u32, l);
            } else if seen_default {
                return Err(syntax_error(
                    format!("non-default type parameter '{name}' follows default type parameter"),
                    tp.range,
                ));
            }
            self.emit(Op::COPY, 1, l);
            self.nameop(name, ExprContext::Store, l)?;
        }
        self.emit(Op::BUILD_TUPLE, params.len() as u32, loc(params[0].range));
        Ok(())
    }

    /// A bound, constraint tuple or default as a lazily evaluated function
    /// of `format` (CPython's `codegen_type_param_bound_or_default`).
    fn type_param_scope(
        &mut self,
        e: &'a Expr,
        name: &str,
        key: ScopeKey,
        allow_starred: bool,
    ) -> CompileResult<()> {
        let l = loc(e.range);
        self.load_const(ConstValue::Tuple(vec![ConstValue::Int(BigInt::from(1))]), l);
        self.enter_annotation_function(name, key, l)?;
        match &e.kind {
            ExprKind::Starred { value, .. } if allow_starred => {
                self.expr(value)?;
                self.emit(Op::UNPACK_SEQUENCE, 1, l);
            }
            _ => self.expr(e)?,
        }
        self.emit0(Op::RETURN_VALUE, l);
        let code = self.exit_scope(true)?;
        self.make_closure(code, FunctionAttribute::MAKE_FUNCTION_DEFAULTS.bit(), l)
    }

    /// Opens a lazily evaluated scope whose one positional-only parameter
    /// is the annotation format (CPython's
    /// `codegen_setup_annotations_scope`).
    pub(super) fn enter_annotation_function(
        &mut self,
        name: &str,
        key: ScopeKey,
        l: Location,
    ) -> CompileResult<()> {
        self.enter_scope(
            name,
            UnitKind::Annotations,
            key,
            l.lineno.max(0) as u32,
            None,
        )?;
        self.u().argcount = 1;
        self.u().posonlyargcount = 1;
        self.annotate_prologue(l);
        Ok(())
    }

    /// `type NAME[PARAMS] = VALUE`: a `TypeAliasType` from the name, the
    /// type parameters and the lazily evaluated value.
    pub fn type_alias(
        &mut self,
        s: &'a Stmt,
        name: &'a Expr,
        type_params: &'a [TypeParam],
        value: &'a Expr,
    ) -> CompileResult<()> {
        let l = loc(s.range);
        let ExprKind::Name { id, .. } = &name.kind else {
            return Err(syntax_error("type alias name must be a name", name.range));
        };
        let generic = !type_params.is_empty();
        if generic {
            self.enter_type_params_scope(id, type_params, s.range.lineno, 0)?;
            self.load_const(ConstValue::from(id.as_str()), l);
            self.type_params(type_params)?;
        } else {
            self.load_const(ConstValue::from(id.as_str()), l);
            self.load_const(ConstValue::None, l);
        }
        self.load_const(ConstValue::Tuple(vec![ConstValue::Int(BigInt::from(1))]), l);
        self.enter_annotation_function(id, ScopeKey::of(s, KeyRole::Body), l)?;
        self.expr(value)?;
        self.emit0(Op::RETURN_VALUE, l);
        let code = self.exit_scope(false)?;
        self.make_closure(code, FunctionAttribute::MAKE_FUNCTION_DEFAULTS.bit(), l)?;
        self.emit(Op::BUILD_TUPLE, 3, l);
        let intrinsic = Intrinsic1::INTRINSIC_TYPEALIAS;
        self.emit(Op::CALL_INTRINSIC_1, intrinsic as u32, l);
        if generic {
            self.call_type_params_scope(l, 0)?;
        }
        self.nameop(id, ExprContext::Store, l)
    }

    /// Closes a `<generic parameters of NAME>` unit (its result is on its
    /// stack) and calls it with the `nargs` values below the function.
    pub fn call_type_params_scope(&mut self, l: Location, nargs: u32) -> CompileResult<()> {
        let code = self.exit_scope(false)?;
        self.make_closure(code, 0, l)?;
        if nargs > 0 {
            self.emit(Op::SWAP, nargs + 1, l);
            self.emit(Op::CALL, nargs - 1, l);
        } else {
            self.emit0(Op::PUSH_NULL, l);
            self.emit(Op::CALL, 0, l);
        }
        Ok(())
    }
}
