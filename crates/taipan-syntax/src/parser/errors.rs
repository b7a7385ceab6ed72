//! The second pass's `invalid_*` rules: CPython's specific syntax error
//! messages and locations. Each check runs only when `pass2` is set; a check
//! that does not apply restores the position and returns `Some(())` (or
//! `None` without an error, to fail the alternative like CPython does).

use super::targets::TargetsKind;
use super::Parser;
use crate::ast::{Constant, Expr, ExprKind, Range, Stmt};
use crate::error::SyntaxErrorKind;
use crate::token::TokenKind as T;

impl Parser<'_> {
    /// Raises at the furthest token looked at (CPython's RAISE_SYNTAX_ERROR).
    pub(super) fn raise_last<R>(&mut self, msg: &str) -> Option<R> {
        let r = self.error_tok_range(self.furthest);
        self.raise_syntax(msg, r)
    }

    /// Raises from `from` to the end of the furthest token looked at
    /// (CPython's RAISE_SYNTAX_ERROR_STARTING_FROM; its end column is the
    /// tokenizer's cursor, one less in this crate's convention).
    pub(super) fn raise_starting_from<R>(&mut self, from: Range, msg: &str) -> Option<R> {
        let end = self.tok(self.furthest).finish;
        let r = Range {
            end_lineno: end.line,
            end_col_offset: end.col.saturating_sub(1),
            ..from
        };
        self.raise_syntax(msg, r)
    }

    /// Runs `check` from the current position and restores the position;
    /// `None` only when `check` raised an error.
    fn probe(&mut self, check: impl FnOnce(&mut Self) -> Option<()>) -> Option<()> {
        let save = self.pos;
        let _ = check(self);
        self.pos = save;
        if self.failed() {
            None
        } else {
            Some(())
        }
    }

    /// CPython's `_PyPegen_get_expr_name`: how messages name an expression.
    pub(super) fn expr_name(e: &Expr) -> &'static str {
        match &e.kind {
            ExprKind::Attribute { .. } => "attribute",
            ExprKind::Subscript { .. } => "subscript",
            ExprKind::Starred { .. } => "starred",
            ExprKind::Name { .. } => "name",
            ExprKind::List { .. } => "list",
            ExprKind::Tuple { .. } => "tuple",
            ExprKind::Lambda { .. } => "lambda",
            ExprKind::Call { .. } => "function call",
            ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => {
                "expression"
            }
            ExprKind::GeneratorExp { .. } => "generator expression",
            ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
            ExprKind::Await { .. } => "await expression",
            ExprKind::ListComp { .. } => "list comprehension",
            ExprKind::SetComp { .. } => "set comprehension",
            ExprKind::DictComp { .. } => "dict comprehension",
            ExprKind::Dict { .. } => "dict literal",
            ExprKind::Set { .. } => "set display",
            ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
            ExprKind::TemplateStr { .. } | ExprKind::Interpolation { .. } => "t-string expression",
            ExprKind::Constant { value, .. } => match value {
                Constant::None => "None",
                Constant::Bool(true) => "True",
                Constant::Bool(false) => "False",
                Constant::Ellipsis => "ellipsis",
                _ => "literal",
            },
            ExprKind::Compare { .. } => "comparison",
            ExprKind::IfExp { .. } => "conditional expression",
            ExprKind::NamedExpr { .. } => "named expression",
            ExprKind::Slice { .. } => "slice",
        }
    }

    fn raise_invalid_target(&mut self, e: &Expr, kind: TargetsKind) -> Option<()> {
        if let Some(bad) = Self::invalid_target(e, kind) {
            let verb = if kind == TargetsKind::Del {
                "delete"
            } else {
                "assign to"
            };
            let msg = format!("cannot {verb} {}", Self::expr_name(bad));
            let r = bad.range;
            return self.raise_syntax(msg, r);
        }
        Some(())
    }

    /// `invalid_expression` and `invalid_legacy_expression`: a missing
    /// comma, `print x`, an `if` without `else`.
    pub(super) fn invalid_expression(&mut self) -> Option<()> {
        let k = self.peek();
        if !matches!(
            k,
            T::Name
                | T::Number
                | T::String
                | T::LPar
                | T::LSqb
                | T::LBrace
                | T::Minus
                | T::Plus
                | T::Tilde
                | T::Not
        ) && !k.is_keyword()
        {
            return Some(());
        }
        let start = self.pos;
        if matches!(k, T::Pass | T::Break | T::Continue) && self.peek_at(1) == T::If {
            return self.probe(|p| {
                p.pos += 2;
                p.plain(Self::disjunction)?;
                p.expect(T::Else)?;
                p.plain(Self::simple_stmt)?;
                let r = p.tok_range(start);
                p.raise_syntax("expected expression before 'if', but statement is given", r)
            });
        }
        if k == T::String {
            self.probe(|p| {
                p.pos += 1;
                let mut exprs: Vec<Range> = Vec::new();
                while !p.at(T::String) {
                    match p.plain(Self::expression) {
                        Some(e) => exprs.push(e.range),
                        None => return None,
                    }
                }
                let (first, last) = (exprs.first()?, exprs.last()?);
                let r = first.to(*last);
                p.raise_syntax(
                    "invalid syntax. Is this intended to be part of the string?",
                    r,
                )
            })?;
        }
        if k == T::Lambda {
            return self.probe(|p| {
                p.pos += 1;
                let params = p.plain(|p| p.parameters(true));
                params?;
                let colon = p.pos;
                p.expect(T::Colon)?;
                let which = match p.peek() {
                    T::FStringMiddle => "f-string",
                    T::TStringMiddle => "t-string",
                    _ => return None,
                };
                let msg =
                    format!("{which}: lambda expressions are not allowed without parentheses");
                let r = p.tok_range(start).to(p.tok_range(colon));
                p.raise_syntax(msg, r)
            });
        }
        let is_name_string = k == T::Name
            && matches!(
                self.peek_at(1),
                T::String | T::FStringStart | T::TStringStart
            );
        let soft = k == T::Name && matches!(self.text(start), "match" | "case" | "type" | "_");
        let legacy = k == T::Name && matches!(self.text(start), "print" | "exec");
        self.probe(|p| {
            let a = p.plain(Self::disjunction)?;
            if !is_name_string && !soft {
                let save = p.pos;
                let b = p.plain(Self::expression);
                if let Some(b) = b {
                    if p.paren_level(start) > 0 && !legacy {
                        return p.raise_syntax(
                            "invalid syntax. Perhaps you forgot a comma?",
                            a.range.to(b.range),
                        );
                    }
                    return None;
                }
                p.pos = save;
            }
            if p.eat(T::If) {
                let b = p.plain(Self::disjunction)?;
                if !matches!(p.peek(), T::Else | T::Colon) {
                    return p.raise_syntax(
                        "expected 'else' after 'if' expression",
                        a.range.to(b.range),
                    );
                }
                if p.eat(T::Else) {
                    let save = p.pos;
                    let c = p.plain(Self::expression);
                    if c.is_none() && !p.failed() {
                        p.pos = save;
                        let r = p.tok_range(p.pos);
                        return p.raise_syntax(
                            "expected expression after 'else', but statement is given",
                            r,
                        );
                    }
                }
            }
            None
        })?;
        // `invalid_legacy_expression`: `NAME !'(' star_expressions`. Its
        // operand is parsed with the error rules on, which reports errors in
        // code juxtaposed to a name (`eli{f a b}`); that is only done
        // outside another such probe, to keep the work linear.
        let next = self.peek_at(1);
        let juxtaposed = matches!(
            next,
            T::Name
                | T::Number
                | T::String
                | T::FStringStart
                | T::TStringStart
                | T::LBrace
                | T::None
                | T::True
                | T::False
                | T::Lambda
                | T::Await
                | T::Ellipsis
                | T::Tilde
        );
        if k != T::Name || next == T::LPar || !(legacy || (juxtaposed && !self.in_legacy)) {
            return Some(());
        }
        self.probe(|p| {
            p.pos += 1;
            let b = if legacy {
                p.plain(Self::star_expressions)?
            } else {
                p.in_legacy = true;
                let b = p.star_expressions();
                p.in_legacy = false;
                b?
            };
            if !legacy {
                return None;
            }
            let name = p.text(start);
            let msg = format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?");
            let r = p.tok_range(start).to(b.range);
            p.raise_syntax(msg, r)
        })
    }

    /// How many brackets are open before token `i` (on its logical line).
    fn paren_level(&self, i: usize) -> i32 {
        let mut level = 0;
        let mut j = i;
        while j > 0 {
            j -= 1;
            match self.tok(j).kind {
                T::Newline | T::Indent | T::Dedent => break,
                T::LPar | T::LSqb | T::LBrace => level += 1,
                T::RPar | T::RSqb | T::RBrace => level -= 1,
                _ => {}
            }
        }
        level
    }

    /// `invalid_named_expression`: `a := ...` on a non-name, `a = b` where
    /// a comparison or a walrus was meant.
    pub(super) fn invalid_named_expression(&mut self) -> Option<()> {
        let start = self.pos;
        self.probe(|p| {
            let a = p.plain(Self::expression)?;
            if p.eat(T::ColonEqual) && p.plain(Self::expression).is_some() {
                let msg = format!(
                    "cannot use assignment expressions with {}",
                    Self::expr_name(&a)
                );
                return p.raise_syntax(msg, a.range);
            }
            p.pos = start;
            // `!(list | tuple | genexp | 'True' | 'None' | 'False')`
            let excluded = match p.peek() {
                T::True | T::None | T::False => true,
                T::LSqb | T::LPar => {
                    let e = p.plain(Self::atom);
                    p.pos = start;
                    matches!(
                        e.map(|e| e.kind),
                        Some(
                            ExprKind::List { .. }
                                | ExprKind::Tuple { .. }
                                | ExprKind::GeneratorExp { .. }
                        )
                    )
                }
                _ => false,
            };
            let a = p.plain(Self::bitwise_or)?;
            if !p.eat(T::Equal) {
                return None;
            }
            let b = p.plain(Self::bitwise_or)?;
            if matches!(p.peek(), T::Equal | T::ColonEqual) {
                return None;
            }
            if matches!(a.kind, ExprKind::Name { .. }) && p.tok(start).kind == T::Name {
                return p.raise_syntax(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    a.range.to(b.range),
                );
            }
            if excluded {
                return None;
            }
            let msg = format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                Self::expr_name(&a)
            );
            p.raise_syntax(msg, a.range)
        })
    }

    /// `invalid_arithmetic` / `invalid_factor`: `a + not b`, `-not b`,
    /// with the operator at the current token.
    pub(super) fn invalid_not_after_operator<R>(&mut self, unary: bool) -> Option<R> {
        let save = self.pos;
        let not = self.pos + 1;
        self.pos = not + 1;
        let operand = if unary {
            self.plain(Self::factor)
        } else {
            self.plain(Self::inversion)
        };
        let Some(b) = operand else {
            self.pos = save;
            return None;
        };
        let r = self.tok_range(not).to(b.range);
        self.raise_syntax("'not' after an operator must be parenthesized", r)
    }

    /// `invalid_group`: `(*x)` and `(**x)`.
    pub(super) fn invalid_group(&mut self) -> Option<()> {
        self.probe(|p| {
            let star = p.peek();
            if !matches!(star, T::Star | T::DoubleStar) {
                return None;
            }
            let s = p.pos;
            p.pos += 1;
            let e = p.plain(Self::expression);
            e?;
            if !p.at(T::RPar) {
                return None;
            }
            if star == T::Star {
                let r = p.range_from(s);
                p.raise_syntax("cannot use starred expression here", r)
            } else {
                let r = p.tok_range(s);
                p.raise_syntax("cannot use double starred expression here", r)
            }
        })
    }

    /// `invalid_comprehension`: `[*a for ...]`, `[a, b for ...]`.
    pub(super) fn invalid_comprehension(&mut self) -> Option<()> {
        self.probe(|p| {
            let a = p.plain(Self::star_named_expression)?;
            if !p.at(T::Comma) {
                return None;
            }
            let mut elts = vec![];
            let comma = p.pos;
            p.plain(|p| p.more_star_named(&mut elts))?;
            if !p.at_for() {
                return None;
            }
            let end = match elts.last() {
                Some(e) => e.range,
                None => p.tok_range(comma),
            };
            p.raise_syntax(
                "did you forget parentheses around the comprehension target?",
                a.range.to(end),
            )
        })
    }

    /// `invalid_for_target`: `for f() in x`.
    pub(super) fn invalid_for_target(&mut self) -> Option<()> {
        self.probe(|p| {
            let e = p.plain(Self::star_expressions)?;
            p.raise_invalid_target(&e, TargetsKind::For)
        })
    }

    /// `invalid_for_if_clause`: `[x for x y]`.
    pub(super) fn invalid_for_if_clause(&mut self) -> Option<()> {
        self.probe(|p| {
            p.plain(Self::bitwise_or)?;
            while p.eat(T::Comma) {
                if p.plain(Self::bitwise_or).is_none() {
                    break;
                }
            }
            if p.at(T::In) {
                return None;
            }
            p.raise_last("'in' expected after for-loop variables")
        })
    }

    /// `invalid_arguments` / `invalid_kwarg` for the argument starting here.
    pub(super) fn invalid_argument(
        &mut self,
        seen_keyword: bool,
        seen_double_star: bool,
    ) -> Option<()> {
        let start = self.pos;
        self.probe(|p| {
            match p.peek() {
                T::True | T::False | T::None if p.peek_at(1) == T::Equal => {
                    let msg = format!("cannot assign to {}", p.text(start));
                    let r = p.tok_range(start).to(p.tok_range(start + 1));
                    return p.raise_syntax(msg, r);
                }
                T::Name if p.peek_at(1) == T::Equal => {
                    if matches!(p.peek_at(2), T::Comma | T::RPar) {
                        let r = p.tok_range(start).to(p.tok_range(start + 1));
                        return p.raise_syntax("expected argument value expression", r);
                    }
                    return None;
                }
                T::Star => {
                    p.pos += 1;
                    if p.plain(Self::expression).is_none() {
                        return p.raise_last("Invalid star expression");
                    }
                    if p.eat(T::Equal) {
                        let b = p.plain(Self::expression)?;
                        let r = p.tok_range(start).to(b.range);
                        return p.raise_syntax("cannot assign to iterable argument unpacking", r);
                    }
                    if seen_double_star && matches!(p.peek(), T::Comma | T::RPar) {
                        // CPython's range starts at the comma before.
                        let r = p.tok_range(start - 1);
                        let msg = "iterable argument unpacking follows keyword argument unpacking";
                        return p.raise_starting_from(r, msg);
                    }
                    return None;
                }
                T::DoubleStar => {
                    p.pos += 1;
                    p.plain(Self::expression)?;
                    if p.eat(T::Equal) {
                        let b = p.plain(Self::expression)?;
                        let r = p.tok_range(start).to(b.range);
                        return p.raise_syntax("cannot assign to keyword argument unpacking", r);
                    }
                    return None;
                }
                _ => {}
            }
            let a = p.plain(Self::expression)?;
            if p.at(T::Equal) {
                let r = a.range.to(p.tok_range(p.pos));
                return p.raise_syntax(
                    "expression cannot contain assignment, perhaps you meant \"==\"?",
                    r,
                );
            }
            if (seen_keyword || seen_double_star) && matches!(p.peek(), T::Comma | T::RPar) {
                let msg = if seen_double_star {
                    "positional argument follows keyword argument unpacking"
                } else {
                    "positional argument follows keyword argument"
                };
                return p.raise_last(msg);
            }
            if p.at_for() && start > 0 && p.tok(start - 1).kind == T::Comma {
                let gens = p.plain(Self::for_if_clauses)?;
                let last = gens
                    .last()
                    .map(|g| g.ifs.last().unwrap_or(&g.iter).range)
                    .unwrap_or(a.range);
                return p.raise_syntax(
                    "Generator expression must be parenthesized",
                    a.range.to(last),
                );
            }
            None
        })
    }

    /// `invalid_parameters` / `invalid_lambda_parameters`, checked on the
    /// whole parameter list.
    pub(super) fn invalid_parameters(&mut self, lambda: bool) -> Option<()> {
        let close = if lambda { T::Colon } else { T::RPar };
        self.probe(|p| {
            if p.at(T::Slash) && p.peek_at(1) == T::Comma {
                let r = p.tok_range(p.pos);
                return p.raise_syntax("at least one argument must precede /", r);
            }
            let (mut slash, mut star, mut dstar, mut default) = (false, false, false, false);
            let mut bare_star: Option<usize> = None;
            while !p.at(close) && !p.at(T::EndMarker) && !p.at(T::Newline) {
                let i = p.pos;
                match p.peek() {
                    T::Slash => {
                        let r = p.tok_range(i);
                        if dstar {
                            return p
                                .raise_syntax("arguments cannot follow var-keyword argument", r);
                        }
                        if slash {
                            return p.raise_syntax("/ may appear only once", r);
                        }
                        if star {
                            return p.raise_syntax("/ must be ahead of *", r);
                        }
                        slash = true;
                        p.pos += 1;
                    }
                    T::Star => {
                        let r = p.tok_range(i);
                        if dstar {
                            return p
                                .raise_syntax("arguments cannot follow var-keyword argument", r);
                        }
                        if star {
                            return p.raise_syntax("* argument may appear only once", r);
                        }
                        star = true;
                        p.pos += 1;
                        if p.at(close)
                            || (p.at(T::Comma)
                                && matches!(p.peek_at(1), T::RPar | T::Colon | T::DoubleStar))
                        {
                            if lambda {
                                return p.raise_last("named arguments must follow bare *");
                            }
                            return p.raise_syntax("named arguments must follow bare *", r);
                        }
                        if p.at(T::Comma) {
                            bare_star = Some(i);
                        }
                        if p.peek() == T::Name {
                            p.pos += 1;
                            if !lambda && p.eat(T::Colon) {
                                let _ = p.plain(Self::star_expression);
                            }
                            if p.at(T::Equal) {
                                let r = p.tok_range(p.pos);
                                return p.raise_syntax(
                                    "var-positional argument cannot have default value",
                                    r,
                                );
                            }
                        }
                    }
                    T::DoubleStar => {
                        let r = p.tok_range(i);
                        if dstar {
                            return p
                                .raise_syntax("arguments cannot follow var-keyword argument", r);
                        }
                        dstar = true;
                        p.pos += 1;
                        p.name()?;
                        if !lambda && p.eat(T::Colon) {
                            let _ = p.plain(Self::expression);
                        }
                        if p.at(T::Equal) {
                            let r = p.tok_range(p.pos);
                            return p
                                .raise_syntax("var-keyword argument cannot have default value", r);
                        }
                    }
                    T::LPar => {
                        let what = if lambda {
                            "Lambda expression parameters"
                        } else {
                            "Function parameters"
                        };
                        let mut j = i + 1;
                        while matches!(p.tok(j).kind, T::Name | T::Comma) {
                            j += 1;
                        }
                        if p.tok(j).kind == T::RPar && j > i + 1 {
                            let r = p.tok_range(i).to(p.tok_range(j));
                            return p.raise_syntax(format!("{what} cannot be parenthesized"), r);
                        }
                        return None;
                    }
                    T::Name => {
                        let r = p.tok_range(i);
                        if dstar {
                            return p
                                .raise_syntax("arguments cannot follow var-keyword argument", r);
                        }
                        p.pos += 1;
                        if !lambda && p.eat(T::Colon) {
                            let _ = p.plain(Self::expression);
                        }
                        if p.eat(T::Equal) {
                            if matches!(p.peek(), T::Comma | T::RPar) {
                                let r = p.tok_range(p.pos - 1);
                                return p.raise_syntax("expected default value expression", r);
                            }
                            let _ = p.plain(Self::expression);
                            default = true;
                        } else if default && !star && (p.at(T::Comma) || p.at(close)) {
                            return p.raise_syntax(
                                "parameter without a default follows parameter with a default",
                                r,
                            );
                        }
                        bare_star = None;
                    }
                    _ => return None,
                }
                if slash && p.at(T::Star) && p.tok(p.pos - 1).kind == T::Slash {
                    let r = p.tok_range(p.pos);
                    return p.raise_syntax("expected comma between / and *", r);
                }
                if !p.eat(T::Comma) {
                    break;
                }
            }
            if let Some(i) = bare_star {
                let r = p.tok_range(i);
                return p.raise_syntax("named arguments must follow bare *", r);
            }
            None
        })
    }

    /// `invalid_assignment`, tried once the valid forms failed.
    pub(super) fn invalid_assignment(&mut self) -> Option<()> {
        let start = self.pos;
        // `[a, b]: int`, `(a, b): int`
        if matches!(self.peek(), T::LSqb | T::LPar) {
            self.probe(|p| {
                let e = p.plain(Self::atom)?;
                let what = match e.kind {
                    ExprKind::List { .. } => "list",
                    ExprKind::Tuple { .. } => "tuple",
                    _ => return None,
                };
                if p.eat(T::Colon) && p.expression().is_some() {
                    let msg = format!("only single target (not {what}) can be annotated");
                    return p.raise_syntax(msg, e.range);
                }
                None
            })?;
        }
        // `a, b: int` (this also runs `invalid_named_expression` on `a`)
        self.probe(|p| {
            let a = p.star_named_expression()?;
            if !p.at(T::Comma) {
                return None;
            }
            let mut rest = Vec::new();
            p.more_star_named(&mut rest)?;
            if p.eat(T::Colon) && p.expression().is_some() {
                return p.raise_syntax("only single target (not tuple) can be annotated", a.range);
            }
            None
        })?;
        // `f(): int`
        self.probe(|p| {
            let a = p.expression()?;
            if p.eat(T::Colon) && p.expression().is_some() {
                return p.raise_syntax("illegal target for annotation", a.range);
            }
            None
        })?;
        // `a = f() = 1`, `a = yield = 1`
        self.probe(|p| loop {
            let e = if p.at(T::Yield) {
                p.yield_expr()?
            } else {
                p.star_expressions()?
            };
            if !p.at(T::Equal) {
                return None;
            }
            if matches!(e.kind, ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }) {
                return p.raise_syntax("assignment to yield expression not possible", e.range);
            }
            if Self::invalid_target(&e, TargetsKind::Star).is_some() {
                return p.raise_invalid_target(&e, TargetsKind::Star);
            }
            p.pos += 1;
        })?;
        // `f() += 1`
        self.pos = start;
        self.probe(|p| {
            let a = p.star_expressions()?;
            if !super::statements::augassign(p.peek()) {
                return None;
            }
            p.pos += 1;
            p.annotated_rhs()?;
            let msg = format!(
                "'{}' is an illegal expression for augmented assignment",
                Self::expr_name(&a)
            );
            p.raise_syntax(msg, a.range)
        })
    }

    /// `invalid_type_param`: a bound on `*Ts` or `**P`.
    pub(super) fn invalid_type_param_bound(&mut self, double: bool) -> Option<()> {
        let colon = self.pos;
        self.pos += 1;
        let e = self.plain(Self::expression)?;
        let what = if double { "ParamSpec" } else { "TypeVarTuple" };
        let msg = if matches!(e.kind, ExprKind::Tuple { .. }) {
            format!("cannot use constraints with {what}")
        } else {
            format!("cannot use bound with {what}")
        };
        let r = self.tok_range(colon).to(e.range);
        self.raise_syntax(msg, r)
    }

    /// `invalid_import`: `import a from b`, `import` alone.
    pub(super) fn invalid_import(&mut self) -> Option<()> {
        self.probe(|p| {
            let kw = p.pos;
            if p.eat(T::Import) {
                if p.at(T::Newline) {
                    let r = p.tok_range(p.pos);
                    return p.raise_syntax("Expected one or more names after 'import'", r);
                }
                loop {
                    p.dotted_name_probe()?;
                    if !p.eat(T::Comma) {
                        break;
                    }
                }
                if p.eat(T::From) && p.dotted_name_probe().is_some() {
                    let r = p.range_from(kw);
                    return p.raise_syntax("Did you mean to use 'from ... import ...' instead?", r);
                }
                return None;
            }
            if p.eat(T::From) {
                while matches!(p.peek(), T::Dot | T::Ellipsis | T::Name) {
                    p.pos += 1;
                }
                if p.eat(T::Import) && p.at(T::Newline) {
                    let r = p.tok_range(p.pos);
                    return p.raise_syntax("Expected one or more names after 'import'", r);
                }
            }
            None
        })
    }

    fn dotted_name_probe(&mut self) -> Option<()> {
        self.expect(T::Name)?;
        while self.peek() == T::Dot && self.peek_at(1) == T::Name {
            self.pos += 2;
        }
        Some(())
    }

    /// The NAME after `import ... as`; in the second pass, reports other
    /// expressions there.
    pub(super) fn import_as_target(&mut self) -> Option<String> {
        if self.pass2
            && !(self.peek() == T::Name
                && matches!(self.peek_at(1), T::Comma | T::RPar | T::Semi | T::Newline))
        {
            let save = self.pos;
            let e = self.plain(Self::expression);
            if let Some(e) = e {
                let msg = format!("cannot use {} as import target", Self::expr_name(&e));
                return self.raise_syntax(msg, e.range);
            }
            self.pos = save;
        }
        self.name()
    }

    /// "expected an indented block after X on line N" at the furthest token.
    pub(super) fn expected_indented_block<R>(&mut self, kw: usize, what: &str) -> Option<R> {
        let line = self.tok(kw).begin.line;
        let msg = format!("expected an indented block after {what} on line {line}");
        let r = self.error_tok_range(self.furthest.max(self.pos + 1).min(self.toks.len() - 1));
        self.raise(SyntaxErrorKind::IndentationError, msg, r)
    }

    /// `invalid_with_item`: `with a as f():`.
    pub(super) fn invalid_with_item_target(&mut self) -> Option<()> {
        self.probe(|p| {
            let e = p.plain(Self::expression)?;
            if matches!(p.peek(), T::Comma | T::RPar | T::Colon) {
                return p.raise_invalid_target(&e, TargetsKind::Star);
            }
            None
        })
    }

    /// `invalid_try_stmt`: `except` and `except*` mixed.
    pub(super) fn invalid_mixed_except(&mut self, is_star: bool) -> Option<Stmt> {
        let r = if is_star {
            self.tok_range(self.pos).to(self.tok_range(self.pos + 1))
        } else {
            self.tok_range(self.pos)
        };
        self.raise_syntax(
            "cannot have both 'except' and 'except*' on the same 'try'",
            r,
        )
    }

    /// `invalid_except_stmt`: `except*:`, a missing colon, and
    /// `except X as f():`.
    pub(super) fn invalid_except(&mut self, is_star: bool) -> Option<()> {
        if is_star && matches!(self.peek(), T::Colon | T::Newline) {
            return self.raise_last("expected one or more exception types");
        }
        if self.at(T::Newline) {
            return self.raise_last("expected ':'");
        }
        self.probe(|p| {
            p.plain(Self::expression)?;
            if p.at(T::Newline) {
                return p.raise_last("expected ':'");
            }
            if !p.eat(T::As) {
                return None;
            }
            if p.peek() == T::Name && p.peek_at(1) == T::Newline {
                return p.raise_last("expected ':'");
            }
            let t = p.plain(Self::expression)?;
            if p.at(T::Colon) && !matches!(t.kind, ExprKind::Name { .. }) {
                let star = if is_star { "except*" } else { "except" };
                let msg = format!("cannot use {star} statement with {}", Self::expr_name(&t));
                return p.raise_syntax(msg, t.range);
            }
            None
        })
    }

    /// `invalid_del_stmt`: `del f()`.
    pub(super) fn invalid_del_stmt(&mut self) -> Option<()> {
        self.probe(|p| {
            let e = p.plain(Self::star_expressions)?;
            if Self::invalid_target(&e, TargetsKind::Del).is_some() {
                return p.raise_invalid_target(&e, TargetsKind::Del);
            }
            None
        })
    }

    /// `invalid_fstring_replacement_field`: an empty or unterminated field.
    pub(super) fn invalid_replacement_field(&mut self, t: bool) -> Option<()> {
        let which = if t { "t-string" } else { "f-string" };
        let k = self.peek();
        let sym = match k {
            T::Equal => Some("="),
            T::Exclamation => Some("!"),
            T::Colon => Some(":"),
            T::RBrace => Some("}"),
            _ => None,
        };
        if let Some(sym) = sym {
            let r = self.tok_range(self.pos);
            return self.raise_syntax(
                format!("{which}: valid expression required before '{sym}'"),
                r,
            );
        }
        self.probe(|p| {
            let e = p.plain(Self::annotated_rhs);
            if e.is_none() {
                let r = p.tok_range(p.pos);
                return p.raise_syntax(
                    format!("{which}: expecting a valid expression after '{{'"),
                    r,
                );
            }
            let debug = p.eat(T::Equal);
            let r = p.tok_range(p.pos);
            if !matches!(p.peek(), T::Exclamation | T::Colon | T::RBrace) {
                let msg = if debug {
                    format!("{which}: expecting '!', or ':', or '}}'")
                } else {
                    format!("{which}: expecting '=', or '!', or ':', or '}}'")
                };
                return p.raise_syntax(msg, r);
            }
            None
        })
    }

    /// A `!` not directly followed by a conversion name.
    pub(super) fn fstring_conversion_error<R>(&mut self, t: bool) -> Option<R> {
        let which = if t { "t-string" } else { "f-string" };
        let r = self.tok_range(self.pos);
        if matches!(self.peek(), T::Colon | T::RBrace) {
            return self.raise_syntax(format!("{which}: missing conversion character"), r);
        }
        self.raise_syntax(format!("{which}: invalid conversion character"), r)
    }
}
