//! Assignment, `for`, `with` and `del` targets.
//!
//! Targets are parsed with the expression rules and then converted: every
//! valid target is also an expression with the same extent and locations,
//! so only the context changes (and invalid shapes are rejected).

use super::Parser;
use crate::ast::{Expr, ExprContext, ExprKind};
use crate::token::TokenKind as T;

/// Which kind of target list an error is about (CPython's TARGETS_TYPE).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum TargetsKind {
    Star,
    Del,
    For,
}

impl Parser<'_> {
    /// `star_targets`: one target, or a tuple of them (in `for` clauses).
    pub(super) fn star_targets(&mut self) -> Option<Expr> {
        let start = self.pos;
        let first = self.star_target()?;
        if !self.at(T::Comma) {
            return Some(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            match self.try_parse(Self::star_target) {
                Some(e) => elts.push(e),
                None if self.failed() => return None,
                None => break,
            }
        }
        Some(self.expr(
            start,
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Store,
            },
        ))
    }

    /// `star_target`: `'*' star_target` or a single target.
    pub(super) fn star_target(&mut self) -> Option<Expr> {
        let start = self.pos;
        if self.eat(T::Star) {
            if self.at(T::Star) {
                return None;
            }
            let value = self.star_target()?;
            return Some(self.expr(
                start,
                ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Store,
                },
            ));
        }
        let e = self.primary()?;
        self.to_target(e, ExprContext::Store)
    }

    /// `del_targets`: `','.del_target+ [',']`.
    pub(super) fn del_targets(&mut self) -> Option<Vec<Expr>> {
        if self.pass2 {
            self.invalid_del_stmt()?;
        }
        let mut targets = Vec::new();
        loop {
            let e = self.primary()?;
            targets.push(self.to_target(e, ExprContext::Del)?);
            if !self.eat(T::Comma) || matches!(self.peek(), T::Semi | T::Newline) {
                break;
            }
        }
        Some(targets)
    }

    /// Converts an expression to a target with context `ctx`; `None` when
    /// it is no valid target. Starred targets are not allowed in `del`.
    pub(super) fn to_target(&self, mut e: Expr, ctx: ExprContext) -> Option<Expr> {
        if set_context(&mut e, ctx) {
            Some(e)
        } else {
            None
        }
    }

    /// The part of `e` that makes it an invalid target, if any
    /// (CPython's `_PyPegen_get_invalid_target`).
    pub(super) fn invalid_target(e: &Expr, kind: TargetsKind) -> Option<&Expr> {
        match &e.kind {
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                elts.iter().find_map(|elt| Self::invalid_target(elt, kind))
            }
            ExprKind::Starred { value, .. } => {
                if kind == TargetsKind::Del {
                    Some(e)
                } else {
                    Self::invalid_target(value, kind)
                }
            }
            ExprKind::Compare { left, ops, .. } => {
                if kind == TargetsKind::For {
                    if ops[0] == crate::ast::CmpOp::In {
                        return Self::invalid_target(left, kind);
                    }
                    return None;
                }
                Some(e)
            }
            ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
            _ => Some(e),
        }
    }
}

/// Sets the context of target `e` and its sub-targets; false when `e` is
/// not a valid target.
fn set_context(e: &mut Expr, ctx: ExprContext) -> bool {
    match &mut e.kind {
        ExprKind::Name { ctx: c, .. }
        | ExprKind::Attribute { ctx: c, .. }
        | ExprKind::Subscript { ctx: c, .. } => {
            *c = ctx;
            true
        }
        ExprKind::Starred { value, ctx: c } if ctx != ExprContext::Del => {
            *c = ctx;
            !matches!(value.kind, ExprKind::Starred { .. }) && set_context(value, ctx)
        }
        ExprKind::Tuple { elts, ctx: c } | ExprKind::List { elts, ctx: c } => {
            *c = ctx;
            elts.iter_mut().all(|elt| set_context(elt, ctx))
        }
        _ => false,
    }
}
