//! The match statement and its patterns.

use super::{Parser, DEPTH_PATTERN};
use crate::ast::{
    Constant, Expr, ExprContext, ExprKind, MatchCase, Operator, Pattern, PatternKind, Stmt,
    StmtKind, UnaryOp,
};
use crate::token::TokenKind as T;

impl Parser<'_> {
    /// `match_stmt`: `"match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT`.
    pub(super) fn match_stmt(&mut self) -> Option<Stmt> {
        let start = self.pos;
        self.pos += 1;
        let subject = self.subject_expr()?;
        if !self.eat(T::Colon) {
            if self.pass2 && self.at(T::Newline) {
                return self.raise_last("expected ':'");
            }
            return None;
        }
        if self.pass2 && self.at(T::Newline) && self.peek_at(1) != T::Indent {
            return self.expected_indented_block(start, "'match' statement");
        }
        self.expect(T::Newline)?;
        self.expect(T::Indent)?;
        let mut cases = Vec::new();
        loop {
            cases.push(self.case_block()?);
            if self.eat(T::Dedent) {
                break;
            }
        }
        Some(self.stmt(
            start,
            StmtKind::Match {
                subject: Box::new(subject),
                cases,
            },
        ))
    }

    fn subject_expr(&mut self) -> Option<Expr> {
        let start = self.pos;
        let first = self.star_named_expression()?;
        if self.at(T::Comma) {
            let mut elts = vec![first];
            self.more_star_named(&mut elts)?;
            return Some(self.expr(
                start,
                ExprKind::Tuple {
                    elts,
                    ctx: ExprContext::Load,
                },
            ));
        }
        if matches!(first.kind, ExprKind::Starred { .. }) {
            return None;
        }
        Some(first)
    }

    fn case_block(&mut self) -> Option<MatchCase> {
        if !self.at_soft("case") {
            return None;
        }
        let kw = self.pos;
        self.pos += 1;
        let pattern = self.patterns()?;
        let guard = if self.eat(T::If) {
            Some(Box::new(self.named_expression()?))
        } else {
            None
        };
        if !self.eat(T::Colon) {
            if self.pass2 && self.at(T::Newline) {
                return self.raise_last("expected ':'");
            }
            return None;
        }
        if self.pass2 && self.at(T::Newline) && self.peek_at(1) != T::Indent {
            return self.expected_indented_block(kw, "'case' statement");
        }
        let body = self.block()?;
        Some(MatchCase {
            pattern,
            guard,
            body,
        })
    }

    /// `patterns`: an open sequence pattern or a single pattern.
    fn patterns(&mut self) -> Option<Pattern> {
        let start = self.pos;
        let first = self.maybe_star_pattern()?;
        if !self.at(T::Comma) {
            if matches!(first.kind, PatternKind::MatchStar { .. }) {
                return None;
            }
            return Some(first);
        }
        let mut patterns = vec![first];
        self.more_patterns(&mut patterns)?;
        Some(self.pattern_node(start, PatternKind::MatchSequence { patterns }))
    }

    /// `(',' maybe_star_pattern)* [',']` after a first element.
    fn more_patterns(&mut self, patterns: &mut Vec<Pattern>) -> Option<()> {
        while self.eat(T::Comma) {
            match self.try_parse(Self::maybe_star_pattern) {
                Some(p) => patterns.push(p),
                None if self.failed() => return None,
                None => break,
            }
        }
        Some(())
    }

    fn pattern_node(&self, start: usize, kind: PatternKind) -> Pattern {
        Pattern {
            kind,
            range: self.range_from(start),
        }
    }

    fn maybe_star_pattern(&mut self) -> Option<Pattern> {
        if !self.at(T::Star) {
            return self.pattern();
        }
        let start = self.pos;
        self.pos += 1;
        let name = self.capture_name()?;
        Some(self.pattern_node(start, PatternKind::MatchStar { name }))
    }

    /// A capture target or `_`: `Some(None)` for the wildcard.
    fn capture_name(&mut self) -> Option<Option<String>> {
        if self.at_soft("_") {
            self.pos += 1;
            return Some(None);
        }
        if self.peek() != T::Name || matches!(self.peek_at(1), T::Dot | T::LPar | T::Equal) {
            return None;
        }
        self.name().map(Some)
    }

    /// `pattern`: an or-pattern, optionally `as NAME`.
    fn pattern(&mut self) -> Option<Pattern> {
        let start = self.pos;
        let p = self.nested(DEPTH_PATTERN, |p| p.or_pattern());
        let p = p?;
        if !self.eat(T::As) {
            return Some(p);
        }
        if self.pass2 {
            if self.at_soft("_") {
                let r = self.tok_range(self.pos);
                return self.raise_syntax("cannot use '_' as a target", r);
            }
            if self.peek() != T::Name || matches!(self.peek_at(1), T::Dot | T::LPar | T::Equal) {
                if let Some(e) = self.optional(Self::expression)?.as_ref() {
                    let msg = format!("cannot use {} as pattern target", Self::expr_name(e));
                    return self.raise_syntax(msg, e.range);
                }
            }
        }
        // `as _` is no capture target.
        let name = self.capture_name()??;
        Some(self.pattern_node(
            start,
            PatternKind::MatchAs {
                pattern: Some(Box::new(p)),
                name: Some(name),
            },
        ))
    }

    fn or_pattern(&mut self) -> Option<Pattern> {
        let start = self.pos;
        let first = self.closed_pattern()?;
        if !self.at(T::VBar) {
            return Some(first);
        }
        let mut patterns = vec![first];
        while self.eat(T::VBar) {
            patterns.push(self.closed_pattern()?);
        }
        Some(self.pattern_node(start, PatternKind::MatchOr { patterns }))
    }

    fn closed_pattern(&mut self) -> Option<Pattern> {
        let start = self.pos;
        let kind = match self.peek() {
            T::Number | T::Minus => {
                let value = self.signed_literal()?;
                PatternKind::MatchValue {
                    value: Box::new(value),
                }
            }
            T::String | T::FStringStart | T::TStringStart => {
                let value = self.strings()?;
                PatternKind::MatchValue {
                    value: Box::new(value),
                }
            }
            T::None | T::True | T::False => {
                let value = match self.peek() {
                    T::None => Constant::None,
                    T::True => Constant::Bool(true),
                    _ => Constant::Bool(false),
                };
                self.pos += 1;
                PatternKind::MatchSingleton { value }
            }
            T::Name => {
                if self.at_soft("_") {
                    self.pos += 1;
                    PatternKind::MatchAs {
                        pattern: None,
                        name: None,
                    }
                } else if matches!(self.peek_at(1), T::Dot | T::LPar) {
                    let cls = self.name_or_attr()?;
                    if self.at(T::LPar) {
                        return self.class_pattern(start, cls);
                    }
                    if matches!(self.peek(), T::Equal) {
                        return None;
                    }
                    PatternKind::MatchValue {
                        value: Box::new(cls),
                    }
                } else {
                    let name = self.capture_name()??;
                    PatternKind::MatchAs {
                        pattern: None,
                        name: Some(name),
                    }
                }
            }
            T::LPar => {
                self.pos += 1;
                if self.eat(T::RPar) {
                    PatternKind::MatchSequence {
                        patterns: Vec::new(),
                    }
                } else {
                    let first = self.maybe_star_pattern()?;
                    if self.at(T::Comma) {
                        let mut patterns = vec![first];
                        self.more_patterns(&mut patterns)?;
                        self.expect(T::RPar)?;
                        PatternKind::MatchSequence { patterns }
                    } else {
                        self.expect(T::RPar)?;
                        if matches!(first.kind, PatternKind::MatchStar { .. }) {
                            return None;
                        }
                        return Some(first);
                    }
                }
            }
            T::LSqb => {
                self.pos += 1;
                let mut patterns = Vec::new();
                if !self.at(T::RSqb) {
                    patterns.push(self.maybe_star_pattern()?);
                    self.more_patterns(&mut patterns)?;
                }
                self.expect(T::RSqb)?;
                PatternKind::MatchSequence { patterns }
            }
            T::LBrace => self.mapping_pattern()?,
            _ => return None,
        };
        Some(self.pattern_node(start, kind))
    }

    /// `signed_number !('+' | '-') | complex_number`, as an expression.
    fn signed_literal(&mut self) -> Option<Expr> {
        let start = self.pos;
        let real = self.signed_number()?;
        let op = match self.peek() {
            T::Plus => Operator::Add,
            T::Minus => Operator::Sub,
            _ => return Some(real),
        };
        if let ExprKind::UnaryOp { operand, .. } = &real.kind {
            if matches!(
                operand.kind,
                ExprKind::Constant {
                    value: Constant::Complex { .. },
                    ..
                }
            ) {
                return self.complex_error(&real, "real number required in complex literal");
            }
        } else if matches!(
            real.kind,
            ExprKind::Constant {
                value: Constant::Complex { .. },
                ..
            }
        ) {
            return self.complex_error(&real, "real number required in complex literal");
        }
        self.pos += 1;
        let ni = self.pos;
        self.expect(T::Number)?;
        let value = self.number(ni)?;
        let imag = self.expr(ni, ExprKind::Constant { value, kind: None });
        if !matches!(
            imag.kind,
            ExprKind::Constant {
                value: Constant::Complex { .. },
                ..
            }
        ) {
            return self.complex_error(&imag, "imaginary number required in complex literal");
        }
        Some(self.expr(
            start,
            ExprKind::BinOp {
                left: Box::new(real),
                op,
                right: Box::new(imag),
            },
        ))
    }

    fn complex_error<R>(&mut self, e: &Expr, msg: &str) -> Option<R> {
        self.raise_syntax(msg, e.range)
    }

    /// `NUMBER | '-' NUMBER`.
    fn signed_number(&mut self) -> Option<Expr> {
        let start = self.pos;
        let neg = self.eat(T::Minus);
        let ni = self.pos;
        self.expect(T::Number)?;
        let value = self.number(ni)?;
        let n = self.expr(ni, ExprKind::Constant { value, kind: None });
        if !neg {
            return Some(n);
        }
        Some(self.expr(
            start,
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand: Box::new(n),
            },
        ))
    }

    /// `name_or_attr`: a NAME followed by any number of `.NAME`.
    fn name_or_attr(&mut self) -> Option<Expr> {
        let start = self.pos;
        if self.peek() != T::Name {
            return None;
        }
        let mut e = self.name_expr(ExprContext::Load);
        while self.eat(T::Dot) {
            let attr = self.name()?;
            e = self.expr(
                start,
                ExprKind::Attribute {
                    value: Box::new(e),
                    attr,
                    ctx: ExprContext::Load,
                },
            );
        }
        Some(e)
    }

    fn class_pattern(&mut self, start: usize, cls: Expr) -> Option<Pattern> {
        self.expect(T::LPar)?;
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns: Vec<Pattern> = Vec::new();
        while !self.at(T::RPar) {
            if self.peek() == T::Name && self.peek_at(1) == T::Equal {
                kwd_attrs.push(self.name()?);
                self.pos += 1;
                kwd_patterns.push(self.pattern()?);
            } else {
                let p = self.pattern()?;
                if !kwd_patterns.is_empty() {
                    if self.pass2 {
                        let first = p.range;
                        let mut last = p.range;
                        while self.eat(T::Comma) && !self.at(T::RPar) {
                            match self.try_parse(Self::pattern) {
                                Some(q) => last = q.range,
                                None => break,
                            }
                        }
                        return self.raise_syntax(
                            "positional patterns follow keyword patterns",
                            first.to(last),
                        );
                    }
                    return None;
                }
                patterns.push(p);
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        self.expect(T::RPar)?;
        Some(self.pattern_node(
            start,
            PatternKind::MatchClass {
                cls: Box::new(cls),
                patterns,
                kwd_attrs,
                kwd_patterns,
            },
        ))
    }

    fn mapping_pattern(&mut self) -> Option<PatternKind> {
        self.expect(T::LBrace)?;
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while !self.at(T::RBrace) {
            if rest.is_some() {
                return None;
            }
            if self.eat(T::DoubleStar) {
                rest = Some(self.capture_name()??);
            } else {
                let key = match self.peek() {
                    T::Number | T::Minus => self.signed_literal()?,
                    T::String | T::FStringStart | T::TStringStart => self.strings()?,
                    T::None | T::True | T::False => {
                        let value = match self.peek() {
                            T::None => Constant::None,
                            T::True => Constant::Bool(true),
                            _ => Constant::Bool(false),
                        };
                        let s = self.pos;
                        self.pos += 1;
                        self.expr(s, ExprKind::Constant { value, kind: None })
                    }
                    _ => {
                        let e = self.name_or_attr()?;
                        if !matches!(e.kind, ExprKind::Attribute { .. }) {
                            return None;
                        }
                        e
                    }
                };
                self.expect(T::Colon)?;
                keys.push(key);
                patterns.push(self.pattern()?);
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        self.expect(T::RBrace)?;
        Some(PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        })
    }
}
