//! Expressions: from `expressions` down to `atom`, plus comprehensions.

use super::{Parser, DEPTH_BRACKET, DEPTH_IF, DEPTH_LAMBDA, DEPTH_UNARY};
use crate::ast::{
    BoolOp, CmpOp, Comprehension, Constant, Expr, ExprContext, ExprKind, Operator, UnaryOp,
};
use crate::token::TokenKind as T;

impl Parser<'_> {
    /// `expressions`: one expression, or a tuple of them (mode 'eval').
    pub(super) fn expressions(&mut self) -> Option<Expr> {
        let start = self.pos;
        let first = self.expression()?;
        if !self.at(T::Comma) {
            return Some(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            match self.try_parse(Self::expression) {
                Some(e) => elts.push(e),
                None if self.failed() => return None,
                None => break,
            }
        }
        Some(self.expr(
            start,
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
        ))
    }

    /// Runs `rule`, restoring the position when it fails.
    pub(super) fn try_parse<R>(&mut self, rule: impl FnOnce(&mut Self) -> Option<R>) -> Option<R> {
        let save = self.pos;
        let r = rule(self);
        if r.is_none() {
            self.pos = save;
        }
        r
    }

    /// `expression`: a conditional expression, a disjunction or a lambda.
    pub(super) fn expression(&mut self) -> Option<Expr> {
        if self.failed() {
            return None;
        }
        if self.pass2 {
            self.invalid_expression()?;
        }
        if self.at(T::Lambda) {
            return self.lambdef();
        }
        let start = self.pos;
        let body = self.disjunction()?;
        if !self.at(T::If) {
            return Some(body);
        }
        let after = self.pos;
        let tail = self.nested(DEPTH_IF, |p| p.if_tail());
        match tail {
            Some((test, orelse)) => Some(self.expr(
                start,
                ExprKind::IfExp {
                    test: Box::new(test),
                    body: Box::new(body),
                    orelse: Box::new(orelse),
                },
            )),
            None if self.failed() => None,
            None => {
                self.pos = after;
                Some(body)
            }
        }
    }

    /// `'if' disjunction 'else' expression`: the test and the else branch.
    fn if_tail(&mut self) -> Option<(Expr, Expr)> {
        self.expect(T::If)?;
        let test = self.disjunction()?;
        self.expect(T::Else)?;
        let orelse = self.expression()?;
        Some((test, orelse))
    }

    /// `yield_expr`: `yield from x` or `yield [star_expressions]`.
    pub(super) fn yield_expr(&mut self) -> Option<Expr> {
        let start = self.pos;
        self.expect(T::Yield)?;
        if self.eat(T::From) {
            let value = self.expression()?;
            return Some(self.expr(
                start,
                ExprKind::YieldFrom {
                    value: Box::new(value),
                },
            ));
        }
        let value = self.optional(Self::star_expressions)?;
        Some(self.expr(
            start,
            ExprKind::Yield {
                value: value.map(Box::new),
            },
        ))
    }

    /// Runs `rule` as an optional part: `Some(None)` when it does not match,
    /// `None` only when it raised an error.
    pub(super) fn optional<R>(
        &mut self,
        rule: impl FnOnce(&mut Self) -> Option<R>,
    ) -> Option<Option<R>> {
        match self.try_parse(rule) {
            Some(r) => Some(Some(r)),
            None if self.failed() => None,
            None => Some(None),
        }
    }

    /// `star_expressions`: a star expression, or a tuple of them.
    pub(super) fn star_expressions(&mut self) -> Option<Expr> {
        let start = self.pos;
        let first = self.star_expression()?;
        if !self.at(T::Comma) {
            return Some(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            match self.try_parse(Self::star_expression) {
                Some(e) => elts.push(e),
                None if self.failed() => return None,
                None => break,
            }
        }
        Some(self.expr(
            start,
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
        ))
    }

    /// `star_expression`: `*bitwise_or` or an expression.
    pub(super) fn star_expression(&mut self) -> Option<Expr> {
        if self.at(T::Star) {
            return self.starred(Self::bitwise_or);
        }
        self.expression()
    }

    /// `'*' value`, with `value` parsed by `rule`.
    pub(super) fn starred(&mut self, rule: impl FnOnce(&mut Self) -> Option<Expr>) -> Option<Expr> {
        let start = self.pos;
        self.expect(T::Star)?;
        let value = rule(self)?;
        Some(self.expr(
            start,
            ExprKind::Starred {
                value: Box::new(value),
                ctx: ExprContext::Load,
            },
        ))
    }

    /// `star_named_expression`: `*bitwise_or` or a named expression.
    pub(super) fn star_named_expression(&mut self) -> Option<Expr> {
        if self.at(T::Star) {
            return self.starred(Self::bitwise_or);
        }
        self.named_expression()
    }

    /// `star_named_expressions` after the first element, up to an optional
    /// trailing comma.
    pub(super) fn more_star_named(&mut self, elts: &mut Vec<Expr>) -> Option<()> {
        while self.eat(T::Comma) {
            match self.try_parse(Self::star_named_expression) {
                Some(e) => elts.push(e),
                None if self.failed() => return None,
                None => break,
            }
        }
        Some(())
    }

    /// `named_expression`: `NAME := expression`, or an expression not
    /// followed by `:=`.
    pub(super) fn named_expression(&mut self) -> Option<Expr> {
        if self.peek() == T::Name && self.peek_at(1) == T::ColonEqual {
            return self.assignment_expression();
        }
        if self.pass2 {
            self.invalid_named_expression()?;
        }
        let e = self.expression()?;
        if self.at(T::ColonEqual) {
            return None;
        }
        Some(e)
    }

    /// `assignment_expression`: `NAME ':=' ~ expression`.
    pub(super) fn assignment_expression(&mut self) -> Option<Expr> {
        let start = self.pos;
        if !(self.peek() == T::Name && self.peek_at(1) == T::ColonEqual) {
            return None;
        }
        let target = self.name_expr(ExprContext::Store);
        self.pos += 1;
        let value = self.expression()?;
        Some(self.expr(
            start,
            ExprKind::NamedExpr {
                target: Box::new(target),
                value: Box::new(value),
            },
        ))
    }

    /// The NAME at the current position as a `Name` node; consumes it.
    pub(super) fn name_expr(&mut self, ctx: ExprContext) -> Expr {
        let start = self.pos;
        let id = self.identifier(start);
        self.pos += 1;
        self.expr(start, ExprKind::Name { id, ctx })
    }

    /// `disjunction`: `conjunction ('or' conjunction)*`.
    pub(super) fn disjunction(&mut self) -> Option<Expr> {
        let start = self.pos;
        let first = self.conjunction()?;
        if !self.at(T::Or) {
            return Some(first);
        }
        let mut values = vec![first];
        while self.eat(T::Or) {
            values.push(self.conjunction()?);
        }
        Some(self.expr(
            start,
            ExprKind::BoolOp {
                op: BoolOp::Or,
                values,
            },
        ))
    }

    fn conjunction(&mut self) -> Option<Expr> {
        let start = self.pos;
        let first = self.inversion()?;
        if !self.at(T::And) {
            return Some(first);
        }
        let mut values = vec![first];
        while self.eat(T::And) {
            values.push(self.inversion()?);
        }
        Some(self.expr(
            start,
            ExprKind::BoolOp {
                op: BoolOp::And,
                values,
            },
        ))
    }

    pub(super) fn inversion(&mut self) -> Option<Expr> {
        if !self.at(T::Not) {
            return self.comparison();
        }
        let start = self.pos;
        self.pos += 1;
        let operand = self.nested(DEPTH_UNARY, |p| p.inversion());
        let operand = operand?;
        Some(self.expr(
            start,
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand: Box::new(operand),
            },
        ))
    }

    fn comparison(&mut self) -> Option<Expr> {
        let start = self.pos;
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        loop {
            let op = match self.peek() {
                T::EqEqual => CmpOp::Eq,
                T::NotEqual => CmpOp::NotEq,
                T::LessEqual => CmpOp::LtE,
                T::Less => CmpOp::Lt,
                T::GreaterEqual => CmpOp::GtE,
                T::Greater => CmpOp::Gt,
                T::In => CmpOp::In,
                T::Not if self.peek_at(1) == T::In => {
                    self.pos += 1;
                    CmpOp::NotIn
                }
                T::Is if self.peek_at(1) == T::Not => {
                    self.pos += 1;
                    CmpOp::IsNot
                }
                T::Is => CmpOp::Is,
                _ => break,
            };
            self.pos += 1;
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        if ops.is_empty() {
            return Some(left);
        }
        Some(self.expr(
            start,
            ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
        ))
    }

    /// `bitwise_or` and the binary operator levels below it, as loops.
    pub(super) fn bitwise_or(&mut self) -> Option<Expr> {
        self.binary(0)
    }

    /// The binary operators from `level` up, by precedence climbing:
    /// levels are 0 `|`, 1 `^`, 2 `&`, 3 shifts, 4 `+ -`, 5 `* / // % @`;
    /// level 6 is `factor`. One call per operand rather than one per level
    /// keeps the common operand-without-operator case cheap.
    fn binary(&mut self, level: u8) -> Option<Expr> {
        let start = self.pos;
        let mut left = self.factor()?;
        while let Some((op_level, op)) = binary_operator(self.peek()) {
            if op_level < level {
                break;
            }
            if self.pass2 && op_level >= 4 && self.peek_at(1) == T::Not {
                return self.invalid_not_after_operator(false);
            }
            self.pos += 1;
            let right = self.binary(op_level + 1)?;
            left = self.expr(
                start,
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                },
            );
        }
        Some(left)
    }

    /// `factor`: unary `+`, `-`, `~`, or a power.
    pub(super) fn factor(&mut self) -> Option<Expr> {
        let op = match self.peek() {
            T::Plus => UnaryOp::UAdd,
            T::Minus => UnaryOp::USub,
            T::Tilde => UnaryOp::Invert,
            _ => return self.power(),
        };
        if self.pass2 && self.peek_at(1) == T::Not {
            return self.invalid_not_after_operator(true);
        }
        let start = self.pos;
        self.pos += 1;
        let operand = self.nested(DEPTH_UNARY, |p| p.factor());
        let operand = operand?;
        Some(self.expr(
            start,
            ExprKind::UnaryOp {
                op,
                operand: Box::new(operand),
            },
        ))
    }

    fn power(&mut self) -> Option<Expr> {
        let start = self.pos;
        let base = self.await_primary()?;
        if !self.eat(T::DoubleStar) {
            return Some(base);
        }
        let exp = self.nested(DEPTH_UNARY, |p| p.factor());
        let exp = exp?;
        Some(self.expr(
            start,
            ExprKind::BinOp {
                left: Box::new(base),
                op: Operator::Pow,
                right: Box::new(exp),
            },
        ))
    }

    fn await_primary(&mut self) -> Option<Expr> {
        if !self.at(T::Await) {
            return self.primary();
        }
        let start = self.pos;
        self.pos += 1;
        let value = self.primary()?;
        Some(self.expr(
            start,
            ExprKind::Await {
                value: Box::new(value),
            },
        ))
    }

    /// `primary`: an atom followed by attribute, call and subscript trailers.
    pub(super) fn primary(&mut self) -> Option<Expr> {
        let start = self.pos;
        let mut e = self.atom()?;
        loop {
            match self.peek() {
                T::Dot => {
                    self.pos += 1;
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
                T::LPar => e = self.nested(DEPTH_BRACKET, |p| p.call(start, e))?,
                T::LSqb => {
                    self.pos += 1;
                    let slice = self.nested(DEPTH_BRACKET, Self::slices)?;
                    self.expect(T::RSqb)?;
                    e = self.expr(
                        start,
                        ExprKind::Subscript {
                            value: Box::new(e),
                            slice: Box::new(slice),
                            ctx: ExprContext::Load,
                        },
                    );
                }
                _ => return Some(e),
            }
        }
    }

    /// `slices`: one slice, or a tuple of slices and starred expressions.
    fn slices(&mut self) -> Option<Expr> {
        let start = self.pos;
        let first = self.slice_or_starred()?;
        if !self.at(T::Comma) && !matches!(first.kind, ExprKind::Starred { .. }) {
            return Some(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            match self.try_parse(Self::slice_or_starred) {
                Some(e) => elts.push(e),
                None if self.failed() => return None,
                None => break,
            }
        }
        Some(self.expr(
            start,
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
        ))
    }

    fn slice_or_starred(&mut self) -> Option<Expr> {
        if self.at(T::Star) {
            let e = self.starred(Self::expression);
            if e.is_none() && self.pass2 && !self.failed() {
                return self.raise_last("Invalid star expression");
            }
            return e;
        }
        self.slice()
    }

    /// `slice`: `[lower] ':' [upper] [':' [step]]`, or a named expression.
    fn slice(&mut self) -> Option<Expr> {
        let start = self.pos;
        let lower = if self.at(T::Colon) {
            None
        } else {
            let e = self.named_expression()?;
            if !self.at(T::Colon) {
                return Some(e);
            }
            if matches!(e.kind, ExprKind::NamedExpr { .. }) {
                return None;
            }
            Some(Box::new(e))
        };
        self.expect(T::Colon)?;
        let upper = self.optional(Self::expression)?.map(Box::new);
        let step = if self.eat(T::Colon) {
            self.optional(Self::expression)?.map(Box::new)
        } else {
            None
        };
        Some(self.expr(start, ExprKind::Slice { lower, upper, step }))
    }

    /// `atom`: names, constants, strings, numbers and displays.
    pub(super) fn atom(&mut self) -> Option<Expr> {
        let start = self.pos;
        let value = match self.peek() {
            T::Name => return Some(self.name_expr(ExprContext::Load)),
            T::True => Constant::Bool(true),
            T::False => Constant::Bool(false),
            T::None => Constant::None,
            T::Ellipsis => Constant::Ellipsis,
            T::Number => {
                let value = self.number(start)?;
                self.pos += 1;
                return Some(self.expr(start, ExprKind::Constant { value, kind: None }));
            }
            T::String | T::FStringStart | T::TStringStart => {
                return self.nested(DEPTH_BRACKET, Self::strings)
            }
            T::LPar | T::LSqb | T::LBrace => {
                return self.nested(DEPTH_BRACKET, |p| match p.peek() {
                    T::LPar => p.paren_atom(),
                    T::LSqb => p.list_atom(),
                    _ => p.brace_atom(),
                });
            }
            _ => return None,
        };
        self.pos += 1;
        Some(self.expr(start, ExprKind::Constant { value, kind: None }))
    }

    /// `(`: a tuple, a parenthesized expression or a generator expression.
    fn paren_atom(&mut self) -> Option<Expr> {
        let start = self.pos;
        self.expect(T::LPar)?;
        if self.eat(T::RPar) {
            return Some(self.expr(
                start,
                ExprKind::Tuple {
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                },
            ));
        }
        if self.at(T::Yield) {
            let y = self.yield_expr()?;
            self.expect(T::RPar)?;
            return Some(y);
        }
        if self.pass2 {
            self.invalid_group()?;
        }
        let first = self.star_named_expression()?;
        if self.at_for() {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return None;
            }
            let generators = self.for_if_clauses()?;
            self.expect(T::RPar)?;
            return Some(self.expr(
                start,
                ExprKind::GeneratorExp {
                    elt: Box::new(first),
                    generators,
                },
            ));
        }
        if self.at(T::Comma) {
            let mut elts = vec![first];
            self.more_star_named(&mut elts)?;
            self.expect(T::RPar)?;
            return Some(self.expr(
                start,
                ExprKind::Tuple {
                    elts,
                    ctx: ExprContext::Load,
                },
            ));
        }
        self.expect(T::RPar)?;
        if matches!(first.kind, ExprKind::Starred { .. }) {
            return None;
        }
        Some(first)
    }

    /// `[`: a list or a list comprehension.
    fn list_atom(&mut self) -> Option<Expr> {
        let start = self.pos;
        self.expect(T::LSqb)?;
        if self.eat(T::RSqb) {
            return Some(self.expr(
                start,
                ExprKind::List {
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                },
            ));
        }
        if self.pass2 {
            self.invalid_comprehension()?;
        }
        let first = self.star_named_expression()?;
        if self.at_for() {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return None;
            }
            let generators = self.for_if_clauses()?;
            self.expect(T::RSqb)?;
            return Some(self.expr(
                start,
                ExprKind::ListComp {
                    elt: Box::new(first),
                    generators,
                },
            ));
        }
        let mut elts = vec![first];
        self.more_star_named(&mut elts)?;
        self.expect(T::RSqb)?;
        Some(self.expr(
            start,
            ExprKind::List {
                elts,
                ctx: ExprContext::Load,
            },
        ))
    }

    /// `{`: a dict, a set, or their comprehensions.
    fn brace_atom(&mut self) -> Option<Expr> {
        let start = self.pos;
        self.expect(T::LBrace)?;
        if self.eat(T::RBrace) {
            return Some(self.expr(
                start,
                ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
            ));
        }
        if self.pass2 {
            self.invalid_comprehension()?;
        }
        if self.at(T::DoubleStar) {
            return self.dict_rest(start, Vec::new(), Vec::new());
        }
        let first_tok = self.pos;
        let first = self.star_named_expression()?;
        if self.eat(T::Colon) {
            self.dict_value_check()?;
            // A key is an `expression`: no starred item, no bare walrus.
            let bare_walrus = self.tok(first_tok + 1).kind == T::ColonEqual;
            if matches!(first.kind, ExprKind::Starred { .. }) || bare_walrus {
                return None;
            }
            let value = self.expression()?;
            if self.at_for() {
                let generators = self.for_if_clauses()?;
                self.expect(T::RBrace)?;
                return Some(self.expr(
                    start,
                    ExprKind::DictComp {
                        key: Box::new(first),
                        value: Box::new(value),
                        generators,
                    },
                ));
            }
            if !self.eat(T::Comma) {
                self.expect(T::RBrace)?;
                return Some(self.expr(
                    start,
                    ExprKind::Dict {
                        keys: vec![Some(first)],
                        values: vec![value],
                    },
                ));
            }
            return self.dict_rest(start, vec![Some(first)], vec![value]);
        }
        if self.at_for() {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return None;
            }
            let generators = self.for_if_clauses()?;
            self.expect(T::RBrace)?;
            return Some(self.expr(
                start,
                ExprKind::SetComp {
                    elt: Box::new(first),
                    generators,
                },
            ));
        }
        let mut elts = vec![first];
        self.more_star_named(&mut elts)?;
        self.expect(T::RBrace)?;
        Some(self.expr(start, ExprKind::Set { elts }))
    }

    /// The remaining `double_starred_kvpair`s of a dict display, then `}`.
    fn dict_rest(
        &mut self,
        start: usize,
        mut keys: Vec<Option<Expr>>,
        mut values: Vec<Expr>,
    ) -> Option<Expr> {
        while !self.at(T::RBrace) {
            if self.eat(T::DoubleStar) {
                keys.push(None);
                values.push(self.bitwise_or()?);
            } else {
                let key = self.expression()?;
                if !self.eat(T::Colon) {
                    if self.pass2 {
                        let r = key.range;
                        let at = crate::ast::Range {
                            col_offset: r.end_col_offset.saturating_sub(1),
                            ..r
                        };
                        return self.raise_syntax("':' expected after dictionary key", at);
                    }
                    return None;
                }
                keys.push(Some(key));
                self.dict_value_check()?;
                values.push(self.expression()?);
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        self.expect(T::RBrace)?;
        Some(self.expr(start, ExprKind::Dict { keys, values }))
    }

    /// In the second pass, reports a dict value missing after `key:`.
    fn dict_value_check(&mut self) -> Option<()> {
        if !self.pass2 {
            return Some(());
        }
        if matches!(self.peek(), T::RBrace | T::Comma) {
            let r = self.tok_range(self.pos - 1);
            return self.raise_syntax("expression expected after dictionary key and ':'", r);
        }
        let star = self.pos;
        let msg = match self.peek() {
            T::Star => "cannot use a starred expression in a dictionary value",
            T::DoubleStar => "cannot use dict unpacking in a dictionary value",
            _ => return Some(()),
        };
        self.pos += 1;
        if self.plain(Self::bitwise_or).is_none() {
            self.pos = star;
            return Some(());
        }
        let r = self.tok_range(star);
        self.raise_starting_from(r, msg)
    }

    /// Whether a comprehension clause starts here: `for` or `async for`.
    pub(super) fn at_for(&mut self) -> bool {
        match self.peek() {
            T::For => true,
            T::Async => self.peek_at(1) == T::For,
            _ => false,
        }
    }

    /// `for_if_clauses`: one or more `[async] for targets in iter (if cond)*`.
    pub(super) fn for_if_clauses(&mut self) -> Option<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while self.at_for() {
            let is_async = self.eat(T::Async);
            self.expect(T::For)?;
            let save = self.pos;
            let target = match self.star_targets() {
                Some(t) if self.eat(T::In) => t,
                _ => {
                    if self.pass2 && !self.failed() {
                        self.pos = save;
                        self.invalid_for_if_clause()?;
                        self.invalid_for_target()?;
                    }
                    return None;
                }
            };
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat(T::If) {
                ifs.push(self.disjunction()?);
            }
            generators.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Some(generators)
    }

    /// `lambdef`: `lambda [params]: expression`.
    fn lambdef(&mut self) -> Option<Expr> {
        let start = self.pos;
        self.expect(T::Lambda)?;
        let args = self.parameters(true)?;
        self.expect(T::Colon)?;
        let body = self.nested(DEPTH_LAMBDA, |p| p.expression());
        let body = body?;
        Some(self.expr(
            start,
            ExprKind::Lambda {
                args: Box::new(args),
                body: Box::new(body),
            },
        ))
    }
}

/// The level (see `Parser::binary`) and operator of a binary operator token.
fn binary_operator(kind: T) -> Option<(u8, Operator)> {
    Some(match kind {
        T::VBar => (0, Operator::BitOr),
        T::Circumflex => (1, Operator::BitXor),
        T::Amper => (2, Operator::BitAnd),
        T::LeftShift => (3, Operator::LShift),
        T::RightShift => (3, Operator::RShift),
        T::Plus => (4, Operator::Add),
        T::Minus => (4, Operator::Sub),
        T::Star => (5, Operator::Mult),
        T::Slash => (5, Operator::Div),
        T::DoubleSlash => (5, Operator::FloorDiv),
        T::Percent => (5, Operator::Mod),
        T::At => (5, Operator::MatMult),
        _ => return None,
    })
}
