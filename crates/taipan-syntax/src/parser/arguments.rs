//! Call arguments and function/lambda parameters.

use super::Parser;
use crate::ast::{Arg, Arguments, Expr, ExprKind, Keyword};
use crate::token::TokenKind as T;

/// Call arguments: positional (and starred) ones and keywords.
pub(super) struct CallArgs {
    pub args: Vec<Expr>,
    pub keywords: Vec<Keyword>,
}

impl Parser<'_> {
    /// A call trailer `(...)` on `func`, which starts at token `start`.
    pub(super) fn call(&mut self, start: usize, func: Expr) -> Option<Expr> {
        let lpar = self.pos;
        self.expect(T::LPar)?;
        let call = self.call_args(Some(lpar))?;
        self.expect(T::RPar)?;
        Some(self.expr(
            start,
            ExprKind::Call {
                func: Box::new(func),
                args: call.args,
                keywords: call.keywords,
            },
        ))
    }

    /// `arguments`, up to but excluding `)`; or a lone generator expression
    /// when `genexp_lpar` is the index of the opening parenthesis.
    pub(super) fn call_args(&mut self, genexp_lpar: Option<usize>) -> Option<CallArgs> {
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_keyword = false;
        let mut seen_double_star = false;
        while !self.at(T::RPar) {
            let start = self.pos;
            if self.pass2 {
                self.invalid_argument(seen_keyword, seen_double_star)?;
            }
            match self.peek() {
                T::Star => {
                    let e = self.starred(Self::expression)?;
                    if seen_double_star {
                        return None;
                    }
                    args.push(e);
                }
                T::DoubleStar => {
                    self.pos += 1;
                    let value = self.expression()?;
                    seen_double_star = true;
                    keywords.push(Keyword {
                        arg: None,
                        value,
                        range: self.range_from(start),
                    });
                }
                T::Name if self.peek_at(1) == T::Equal => {
                    let arg = self.name();
                    self.pos += 1;
                    let value = self.expression()?;
                    seen_keyword = true;
                    keywords.push(Keyword {
                        arg,
                        value,
                        range: self.range_from(start),
                    });
                }
                _ => {
                    let e = self.named_expression()?;
                    if self.at(T::Equal) || seen_keyword || seen_double_star {
                        return None;
                    }
                    if self.at_for() {
                        // A generator expression must be the sole argument,
                        // and it includes the call's parentheses.
                        let lpar = genexp_lpar.filter(|&l| l + 1 == start)?;
                        let generators = self.for_if_clauses()?;
                        if !self.at(T::RPar) {
                            if self.pass2 && self.at(T::Comma) {
                                let last = generators
                                    .last()
                                    .map(|g| g.ifs.last().unwrap_or(&g.iter).range);
                                let r = e.range.to(last.unwrap_or(e.range));
                                return self
                                    .raise_syntax("Generator expression must be parenthesized", r);
                            }
                            return None;
                        }
                        self.pos += 1;
                        let genexp = self.expr(
                            lpar,
                            ExprKind::GeneratorExp {
                                elt: Box::new(e),
                                generators,
                            },
                        );
                        self.pos -= 1;
                        return Some(CallArgs {
                            args: vec![genexp],
                            keywords,
                        });
                    }
                    args.push(e);
                }
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        if !self.at(T::RPar) {
            return None;
        }
        Some(CallArgs { args, keywords })
    }

    /// Function (`lambda` false, up to `)`) or lambda (up to `:`)
    /// parameters; empty when there are none.
    pub(super) fn parameters(&mut self, lambda: bool) -> Option<Arguments> {
        let close = if lambda { T::Colon } else { T::RPar };
        let mut a = Arguments::default();
        let mut args: Vec<Arg> = Vec::new();
        let mut seen_slash = false;
        let mut seen_default = false;
        // 0: positional, 1: after `*`, 2: after `**`.
        let mut state = 0;
        let mut bare_star = false;
        if self.pass2 {
            self.invalid_parameters(lambda)?;
        }
        while !self.at(close) {
            match self.peek() {
                T::Slash => {
                    if state != 0 || seen_slash || args.is_empty() {
                        return None;
                    }
                    self.pos += 1;
                    seen_slash = true;
                    a.posonlyargs = std::mem::take(&mut args);
                }
                T::Star => {
                    if state != 0 {
                        return None;
                    }
                    self.pos += 1;
                    state = 1;
                    if self.at(T::Comma) {
                        bare_star = true;
                    } else {
                        a.vararg = Some(Box::new(self.param(lambda, true)?));
                        if self.at(T::Equal) {
                            return None;
                        }
                    }
                }
                T::DoubleStar => {
                    if state == 2 {
                        return None;
                    }
                    self.pos += 1;
                    a.kwarg = Some(Box::new(self.param(lambda, false)?));
                    if self.at(T::Equal) {
                        return None;
                    }
                    state = 2;
                }
                _ => {
                    if state == 2 {
                        return None;
                    }
                    let p = self.param(lambda, false)?;
                    let default = if self.eat(T::Equal) {
                        Some(self.expression()?)
                    } else {
                        None
                    };
                    if state == 0 {
                        match default {
                            Some(d) => {
                                seen_default = true;
                                a.defaults.push(d);
                            }
                            None if seen_default => return None,
                            None => {}
                        }
                        args.push(p);
                    } else {
                        bare_star = false;
                        a.kwonlyargs.push(p);
                        a.kw_defaults.push(default);
                    }
                }
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        if bare_star || !self.at(close) {
            return None;
        }
        a.args = args;
        Some(a)
    }

    /// One parameter: a NAME, with an annotation outside lambdas (a starred
    /// one for `*args` when `star` is set).
    fn param(&mut self, lambda: bool, star: bool) -> Option<Arg> {
        let start = self.pos;
        let arg = self.name()?;
        let annotation = if !lambda && self.eat(T::Colon) {
            let e = if star && self.at(T::Star) {
                self.starred(Self::bitwise_or)?
            } else {
                self.expression()?
            };
            Some(Box::new(e))
        } else {
            None
        };
        Some(Arg {
            arg,
            annotation,
            type_comment: None,
            range: self.range_from(start),
        })
    }

    /// The bases and keywords of a class definition: `(arguments)`.
    pub(super) fn class_args(&mut self) -> Option<CallArgs> {
        self.expect(T::LPar)?;
        // A generator expression is not a valid class argument list.
        let args = self.call_args(None)?;
        self.expect(T::RPar)?;
        Some(args)
    }
}
