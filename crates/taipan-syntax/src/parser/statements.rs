//! Statements: simple statements, blocks and compound statements.

use super::{Parser, DEPTH_BLOCK};
use crate::ast::{
    Alias, ClassDef, ExceptHandler, Expr, ExprContext, ExprKind, For, FunctionDef, Operator, Stmt,
    StmtKind, Try, TypeParam, TypeParamKind, With, WithItem,
};
use crate::token::TokenKind as T;

impl Parser<'_> {
    /// `file`: statements up to ENDMARKER.
    pub(super) fn statements_until_end(&mut self) -> Option<Vec<Stmt>> {
        let mut body = Vec::new();
        while !self.at(T::EndMarker) {
            self.statement(&mut body)?;
        }
        Some(body)
    }

    /// `statement_newline` (mode 'single').
    pub(super) fn statement_newline(&mut self) -> Option<Vec<Stmt>> {
        let start = self.pos;
        let mut body = Vec::new();
        match self.peek() {
            T::Newline => {
                self.pos += 1;
                body.push(self.stmt(start, StmtKind::Pass));
            }
            T::EndMarker => return None,
            _ => {
                if self.compound_stmt(&mut body)? {
                    // A block already ends with its NEWLINE and DEDENT here.
                    self.eat(T::Newline);
                } else {
                    self.simple_stmts(&mut body)?;
                }
            }
        }
        while self.eat(T::Newline) {}
        self.expect(T::EndMarker)?;
        Some(body)
    }

    /// `statement`: a compound statement or a line of simple statements.
    fn statement(&mut self, out: &mut Vec<Stmt>) -> Option<()> {
        if self.failed() {
            return None;
        }
        if !self.compound_stmt(out)? {
            self.simple_stmts(out)?;
        }
        Some(())
    }

    /// `compound_stmt`; `Some(false)` when none starts here.
    fn compound_stmt(&mut self, out: &mut Vec<Stmt>) -> Option<bool> {
        let s = match self.peek() {
            T::Def | T::At | T::Class => self.definition()?,
            T::Async if matches!(self.peek_at(1), T::Def | T::For | T::With) => {
                match self.peek_at(1) {
                    T::Def => self.definition()?,
                    T::For => self.for_stmt()?,
                    _ => self.with_stmt()?,
                }
            }
            T::If => self.if_stmt()?,
            T::With => self.with_stmt()?,
            T::For => self.for_stmt()?,
            T::Try => self.try_stmt()?,
            T::While => self.while_stmt()?,
            T::Name if self.at_soft("match") => match self.try_parse(Self::match_stmt) {
                Some(s) => s,
                None if self.failed() => return None,
                None => return Some(false),
            },
            _ => return Some(false),
        };
        out.push(s);
        Some(true)
    }

    /// `simple_stmts`: `simple_stmt (';' simple_stmt)* [';'] NEWLINE`.
    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> Option<()> {
        loop {
            let s = self.simple_stmt()?;
            out.push(s);
            if !self.eat(T::Semi) || self.at(T::Newline) {
                break;
            }
        }
        self.expect(T::Newline)
    }

    pub(super) fn simple_stmt(&mut self) -> Option<Stmt> {
        let start = self.pos;
        let kind = match self.peek() {
            T::Return => {
                self.pos += 1;
                let value = self.optional(Self::star_expressions)?;
                StmtKind::Return {
                    value: value.map(Box::new),
                }
            }
            T::Import | T::From => return self.import_stmt(),
            T::Raise => {
                self.pos += 1;
                let mut exc = None;
                let mut cause = None;
                if let Some(e) = self.optional(Self::expression)? {
                    exc = Some(Box::new(e));
                    if self.eat(T::From) {
                        cause = Some(Box::new(self.expression()?));
                    }
                }
                StmtKind::Raise { exc, cause }
            }
            T::Pass => {
                self.pos += 1;
                StmtKind::Pass
            }
            T::Break => {
                self.pos += 1;
                StmtKind::Break
            }
            T::Continue => {
                self.pos += 1;
                StmtKind::Continue
            }
            T::Del => {
                self.pos += 1;
                let targets = self.del_targets()?;
                if !matches!(self.peek(), T::Semi | T::Newline) {
                    return None;
                }
                StmtKind::Delete { targets }
            }
            T::Yield => {
                if self.pass2 && self.has_assignment_operator() {
                    self.invalid_assignment()?;
                    self.pos = start;
                }
                let value = self.yield_expr()?;
                StmtKind::Expr {
                    value: Box::new(value),
                }
            }
            T::Assert => {
                self.pos += 1;
                let test = self.expression()?;
                let msg = if self.eat(T::Comma) {
                    Some(Box::new(self.expression()?))
                } else {
                    None
                };
                StmtKind::Assert {
                    test: Box::new(test),
                    msg,
                }
            }
            T::Global | T::Nonlocal => {
                let global = self.peek() == T::Global;
                self.pos += 1;
                let mut names = vec![self.name()?];
                while self.eat(T::Comma) {
                    names.push(self.name()?);
                }
                if global {
                    StmtKind::Global { names }
                } else {
                    StmtKind::Nonlocal { names }
                }
            }
            T::Name if self.at_soft("type") && self.peek_at(1) == T::Name => {
                match self.try_parse(Self::type_alias) {
                    Some(s) => return Some(s),
                    None if self.failed() => return None,
                    None => return self.assignment_or_expr(),
                }
            }
            _ => return self.assignment_or_expr(),
        };
        Some(self.stmt(start, kind))
    }

    /// `assignment` or an expression statement: the left-hand side is
    /// parsed as `star_expressions` and converted to a target when an
    /// assignment operator follows.
    fn assignment_or_expr(&mut self) -> Option<Stmt> {
        if !self.pass2 {
            return self.assignment_or_expr_valid(false);
        }
        // CPython tries the assignment forms first (their targets have no
        // error rules), then its `invalid_assignment` rules, then the
        // expression statement.
        let start = self.pos;
        let s = self.assignment_or_expr_valid(true);
        if s.is_some() || self.failed() {
            return s;
        }
        self.pos = start;
        if self.has_assignment_operator() {
            self.invalid_assignment()?;
            self.pos = start;
        }
        self.assignment_or_expr_valid(false)
    }

    /// Whether the logical line from here holds, outside brackets, an
    /// operator that `invalid_assignment` looks for; its rules re-parse the
    /// line several times, which is skipped when they cannot apply.
    fn has_assignment_operator(&self) -> bool {
        let mut depth = 0u32;
        for t in &self.toks[self.pos..] {
            match t.kind {
                T::LPar | T::LSqb | T::LBrace => depth += 1,
                T::RPar | T::RSqb | T::RBrace => depth = depth.saturating_sub(1),
                T::Newline | T::EndMarker => return false,
                T::Semi if depth == 0 => return false,
                k if depth == 0
                    && (k == T::Equal || k == T::Colon || k == T::ColonEqual || augassign(k)) =>
                {
                    return true
                }
                _ => {}
            }
        }
        false
    }

    /// An assignment or an expression statement; only an assignment, with
    /// its targets parsed without error rules, when `assign_only` is set.
    fn assignment_or_expr_valid(&mut self, assign_only: bool) -> Option<Stmt> {
        let start = self.pos;
        if self.peek() == T::Name && self.peek_at(1) == T::Colon {
            let target = self.name_expr(ExprContext::Store);
            self.pos += 1;
            return self.ann_assign(start, target, true);
        }
        let first = if assign_only {
            self.plain(Self::star_expressions)?
        } else {
            self.star_expressions()?
        };
        let op = match self.peek() {
            T::Equal => return self.assign(start, first),
            T::Colon => {
                let parenthesized = self.tok(start).kind == T::LPar;
                let ok = match first.kind {
                    ExprKind::Name { .. } => parenthesized,
                    ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => true,
                    _ => false,
                };
                if !ok {
                    return None;
                }
                let target = self.to_target(first, ExprContext::Store)?;
                self.pos += 1;
                return self.ann_assign(start, target, false);
            }
            T::PlusEqual => Operator::Add,
            T::MinEqual => Operator::Sub,
            T::StarEqual => Operator::Mult,
            T::AtEqual => Operator::MatMult,
            T::SlashEqual => Operator::Div,
            T::PercentEqual => Operator::Mod,
            T::AmperEqual => Operator::BitAnd,
            T::VBarEqual => Operator::BitOr,
            T::CircumflexEqual => Operator::BitXor,
            T::LeftShiftEqual => Operator::LShift,
            T::RightShiftEqual => Operator::RShift,
            T::DoubleStarEqual => Operator::Pow,
            T::DoubleSlashEqual => Operator::FloorDiv,
            _ if assign_only => return None,
            _ => {
                return Some(self.stmt(
                    start,
                    StmtKind::Expr {
                        value: Box::new(first),
                    },
                ))
            }
        };
        if !matches!(
            first.kind,
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
        ) {
            return None;
        }
        let target = self.to_target(first, ExprContext::Store)?;
        self.pos += 1;
        let value = self.annotated_rhs()?;
        Some(self.stmt(
            start,
            StmtKind::AugAssign {
                target: Box::new(target),
                op,
                value: Box::new(value),
            },
        ))
    }

    /// `annotated_rhs`: a yield expression or star expressions.
    pub(super) fn annotated_rhs(&mut self) -> Option<Expr> {
        if self.at(T::Yield) {
            self.yield_expr()
        } else {
            self.star_expressions()
        }
    }

    /// `(star_targets '=')+ annotated_rhs`, with the first target parsed.
    fn assign(&mut self, start: usize, first: Expr) -> Option<Stmt> {
        let mut targets = vec![self.assign_target(first)?];
        let value = loop {
            self.expect(T::Equal)?;
            let e = self.annotated_rhs()?;
            if !self.at(T::Equal) {
                break e;
            }
            if matches!(e.kind, ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }) {
                if self.pass2 {
                    return self
                        .raise_syntax("assignment to yield expression not possible", e.range);
                }
                return None;
            }
            targets.push(self.assign_target(e)?);
        };
        Some(self.stmt(
            start,
            StmtKind::Assign {
                targets,
                value: Box::new(value),
                type_comment: None,
            },
        ))
    }

    fn assign_target(&mut self, e: Expr) -> Option<Expr> {
        self.to_target(e, ExprContext::Store)
    }

    /// The rest of an annotated assignment after `target ':'`.
    fn ann_assign(&mut self, start: usize, target: Expr, simple: bool) -> Option<Stmt> {
        let annotation = self.expression()?;
        let value = if self.eat(T::Equal) {
            Some(Box::new(self.annotated_rhs()?))
        } else {
            None
        };
        Some(self.stmt(
            start,
            StmtKind::AnnAssign {
                target: Box::new(target),
                annotation: Box::new(annotation),
                value,
                simple,
            },
        ))
    }

    /// `type_alias`: `"type" NAME [type_params] '=' expression`.
    fn type_alias(&mut self) -> Option<Stmt> {
        let start = self.pos;
        self.pos += 1;
        let name = self.name_expr(ExprContext::Store);
        let type_params = self.opt_type_params()?;
        self.expect(T::Equal)?;
        let value = self.expression()?;
        Some(self.stmt(
            start,
            StmtKind::TypeAlias {
                name: Box::new(name),
                type_params,
                value: Box::new(value),
            },
        ))
    }

    /// `[type_params]`: empty when there is no `[`.
    fn opt_type_params(&mut self) -> Option<Vec<TypeParam>> {
        let mut params = Vec::new();
        if !self.eat(T::LSqb) {
            return Some(params);
        }
        if self.pass2 && self.at(T::RSqb) {
            let r = self.tok_range(self.pos);
            return self.raise_starting_from(r, "Type parameter list cannot be empty");
        }
        loop {
            params.push(self.type_param()?);
            if !self.eat(T::Comma) || self.at(T::RSqb) {
                break;
            }
        }
        self.expect(T::RSqb)?;
        Some(params)
    }

    fn type_param(&mut self) -> Option<TypeParam> {
        let start = self.pos;
        let kind = match self.peek() {
            T::Star | T::DoubleStar => {
                let double = self.peek() == T::DoubleStar;
                self.pos += 1;
                let name = self.name()?;
                if self.pass2 && self.at(T::Colon) {
                    self.invalid_type_param_bound(double)?;
                }
                let default_value = if self.eat(T::Equal) {
                    Some(Box::new(if double {
                        self.expression()?
                    } else {
                        self.star_expression()?
                    }))
                } else {
                    None
                };
                if double {
                    TypeParamKind::ParamSpec {
                        name,
                        default_value,
                    }
                } else {
                    TypeParamKind::TypeVarTuple {
                        name,
                        default_value,
                    }
                }
            }
            _ => {
                let name = self.name()?;
                let bound = if self.eat(T::Colon) {
                    Some(Box::new(self.expression()?))
                } else {
                    None
                };
                let default_value = if self.eat(T::Equal) {
                    Some(Box::new(self.expression()?))
                } else {
                    None
                };
                TypeParamKind::TypeVar {
                    name,
                    bound,
                    default_value,
                }
            }
        };
        Some(TypeParam {
            kind,
            range: self.range_from(start),
        })
    }

    // ----- imports ------------------------------------------------------

    fn import_stmt(&mut self) -> Option<Stmt> {
        let start = self.pos;
        if self.pass2 {
            self.invalid_import()?;
        }
        if self.eat(T::Import) {
            let mut names = vec![self.dotted_as_name()?];
            while self.eat(T::Comma) {
                names.push(self.dotted_as_name()?);
            }
            return Some(self.stmt(start, StmtKind::Import { names }));
        }
        self.expect(T::From)?;
        let mut level = 0;
        loop {
            match self.peek() {
                T::Dot => level += 1,
                T::Ellipsis => level += 3,
                _ => break,
            }
            self.pos += 1;
        }
        let module = if self.at(T::Name) {
            Some(self.dotted_name()?)
        } else if level == 0 {
            return None;
        } else {
            None
        };
        self.expect(T::Import)?;
        let names = if self.at(T::Star) {
            let s = self.pos;
            self.pos += 1;
            vec![Alias {
                name: "*".to_owned(),
                asname: None,
                range: self.range_from(s),
            }]
        } else if self.eat(T::LPar) {
            let mut names = vec![self.import_from_as_name()?];
            while self.eat(T::Comma) {
                if self.at(T::RPar) {
                    break;
                }
                names.push(self.import_from_as_name()?);
            }
            self.expect(T::RPar)?;
            names
        } else {
            let mut names = vec![self.import_from_as_name()?];
            while self.eat(T::Comma) {
                if self.pass2 && self.at(T::Newline) {
                    return self
                        .raise_last("trailing comma not allowed without surrounding parentheses");
                }
                names.push(self.import_from_as_name()?);
            }
            names
        };
        Some(self.stmt(
            start,
            StmtKind::ImportFrom {
                module,
                names,
                level,
            },
        ))
    }

    fn dotted_name(&mut self) -> Option<String> {
        let mut name = self.name()?;
        while self.peek() == T::Dot && self.peek_at(1) == T::Name {
            self.pos += 1;
            name.push('.');
            name.push_str(&self.name()?);
        }
        Some(name)
    }

    fn dotted_as_name(&mut self) -> Option<Alias> {
        let start = self.pos;
        let name = self.dotted_name()?;
        let asname = if self.eat(T::As) {
            Some(self.import_as_target()?)
        } else {
            None
        };
        Some(Alias {
            name,
            asname,
            range: self.range_from(start),
        })
    }

    fn import_from_as_name(&mut self) -> Option<Alias> {
        let start = self.pos;
        let name = self.name()?;
        let asname = if self.eat(T::As) {
            Some(self.import_as_target()?)
        } else {
            None
        };
        Some(Alias {
            name,
            asname,
            range: self.range_from(start),
        })
    }

    // ----- blocks and compound statements --------------------------------

    /// `block`: an indented block, or simple statements on the same line.
    pub(super) fn block(&mut self) -> Option<Vec<Stmt>> {
        let mut body = Vec::new();
        if self.at(T::Newline) {
            if self.peek_at(1) != T::Indent {
                if self.pass2 {
                    let r = self.tok_range(self.pos + 1);
                    return self.raise(
                        crate::SyntaxErrorKind::IndentationError,
                        "expected an indented block",
                        r,
                    );
                }
                return None;
            }
            self.pos += 2;
            self.nested(DEPTH_BLOCK, |p| loop {
                p.statement(&mut body)?;
                if p.eat(T::Dedent) {
                    return Some(());
                }
            })?;
        } else {
            self.simple_stmts(&mut body)?;
        }
        Some(body)
    }

    /// `':' block` for the statement whose keyword is token `kw`; in the
    /// second pass, reports the missing colon or indentation.
    fn colon_block(&mut self, kw: usize, what: &str) -> Option<Vec<Stmt>> {
        if !self.eat(T::Colon) {
            if self.pass2 && self.at(T::Newline) {
                return self.raise_last("expected ':'");
            }
            return None;
        }
        if self.pass2 && self.at(T::Newline) && self.peek_at(1) != T::Indent {
            return self.expected_indented_block(kw, what);
        }
        self.block()
    }

    fn if_stmt(&mut self) -> Option<Stmt> {
        let start = self.pos;
        self.pos += 1;
        let test = self.named_expression()?;
        let kw = if self.tok(start).kind == T::If {
            "'if' statement"
        } else {
            "'elif' statement"
        };
        let body = self.colon_block(start, kw)?;
        let orelse = if self.at(T::Elif) {
            vec![self.if_stmt()?]
        } else {
            self.else_block()?
        };
        Some(self.stmt(
            start,
            StmtKind::If {
                test: Box::new(test),
                body,
                orelse,
            },
        ))
    }

    /// `[else_block]`: empty when there is no `else`.
    fn else_block(&mut self) -> Option<Vec<Stmt>> {
        if !self.at(T::Else) {
            return Some(Vec::new());
        }
        let kw = self.pos;
        self.pos += 1;
        if !self.at(T::Colon) {
            let r = self.tok_range(self.pos);
            return self.raise_syntax("expected ':'", r);
        }
        let body = self.colon_block(kw, "'else' statement")?;
        if self.pass2 && self.at(T::Elif) {
            let r = self.tok_range(self.pos);
            return self.raise_syntax("'elif' block follows an 'else' block", r);
        }
        Some(body)
    }

    fn while_stmt(&mut self) -> Option<Stmt> {
        let start = self.pos;
        self.pos += 1;
        let test = self.named_expression()?;
        let body = self.colon_block(start, "'while' statement")?;
        let orelse = self.else_block()?;
        Some(self.stmt(
            start,
            StmtKind::While {
                test: Box::new(test),
                body,
                orelse,
            },
        ))
    }

    fn for_stmt(&mut self) -> Option<Stmt> {
        let start = self.pos;
        let is_async = self.eat(T::Async);
        let kw = self.pos;
        self.expect(T::For)?;
        let save = self.pos;
        let target = match self.star_targets() {
            Some(t) if self.eat(T::In) => t,
            _ => {
                if self.pass2 && !self.failed() {
                    self.pos = save;
                    self.invalid_for_target()?;
                }
                return None;
            }
        };
        let iter = self.star_expressions()?;
        let body = self.colon_block(kw, "'for' statement")?;
        let orelse = self.else_block()?;
        let f = Box::new(For {
            target: Box::new(target),
            iter: Box::new(iter),
            body,
            orelse,
            type_comment: None,
        });
        Some(self.stmt(
            start,
            if is_async {
                StmtKind::AsyncFor(f)
            } else {
                StmtKind::For(f)
            },
        ))
    }

    fn with_stmt(&mut self) -> Option<Stmt> {
        let start = self.pos;
        let is_async = self.eat(T::Async);
        let kw = self.pos;
        self.expect(T::With)?;
        let mut items = None;
        if self.at(T::LPar) {
            items = self.try_parse(Self::paren_with_items);
            if self.failed() {
                return None;
            }
        }
        let items = match items {
            Some(items) => items,
            None => {
                let mut items = vec![self.with_item()?];
                while self.eat(T::Comma) {
                    if self.pass2 && self.at(T::Colon) {
                        let r = self.tok_range(self.pos - 1);
                        return self.raise_syntax("the last 'with' item has a trailing comma", r);
                    }
                    items.push(self.with_item()?);
                }
                items
            }
        };
        let body = self.colon_block(kw, "'with' statement")?;
        let w = Box::new(With {
            items,
            body,
            type_comment: None,
        });
        Some(self.stmt(
            start,
            if is_async {
                StmtKind::AsyncWith(w)
            } else {
                StmtKind::With(w)
            },
        ))
    }

    /// `'(' ','.with_item+ ','? ')'` followed by `:`.
    fn paren_with_items(&mut self) -> Option<Vec<WithItem>> {
        self.expect(T::LPar)?;
        let mut items = vec![self.with_item()?];
        while self.eat(T::Comma) {
            if self.at(T::RPar) {
                break;
            }
            items.push(self.with_item()?);
        }
        self.expect(T::RPar)?;
        if !self.at(T::Colon) {
            if self.pass2 && self.at(T::Newline) {
                return self.raise_last("expected ':'");
            }
            return None;
        }
        Some(items)
    }

    /// `with_item`: `expression ['as' star_target]`.
    fn with_item(&mut self) -> Option<WithItem> {
        let context_expr = self.expression()?;
        let save = self.pos;
        if self.eat(T::As) {
            if let Some(t) = self.star_target() {
                if matches!(self.peek(), T::Comma | T::RPar | T::Colon)
                    || (self.pass2 && self.at(T::Newline))
                {
                    return Some(WithItem {
                        context_expr,
                        optional_vars: Some(Box::new(t)),
                    });
                }
            }
            if self.failed() {
                return None;
            }
            if self.pass2 {
                self.pos = save + 1;
                self.invalid_with_item_target()?;
            }
            self.pos = save;
        }
        Some(WithItem {
            context_expr,
            optional_vars: None,
        })
    }

    fn try_stmt(&mut self) -> Option<Stmt> {
        let start = self.pos;
        self.pos += 1;
        if !self.at(T::Colon) {
            let r = self.tok_range(self.pos);
            return self.raise_syntax("expected ':'", r);
        }
        let body = self.colon_block(start, "'try' statement")?;
        let mut handlers = Vec::new();
        let mut star = None;
        while self.at(T::Except) {
            let is_star = self.peek_at(1) == T::Star;
            if *star.get_or_insert(is_star) != is_star {
                if self.pass2 {
                    return self.invalid_mixed_except(is_star);
                }
                return None;
            }
            handlers.push(self.except_block(is_star)?);
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let finalbody = if self.at(T::Finally) {
            let kw = self.pos;
            self.pos += 1;
            if !self.at(T::Colon) {
                let r = self.tok_range(self.pos);
                return self.raise_syntax("expected ':'", r);
            }
            self.colon_block(kw, "'finally' statement")?
        } else if handlers.is_empty() {
            if self.pass2 {
                return self.raise_last("expected 'except' or 'finally' block");
            }
            return None;
        } else {
            Vec::new()
        };
        let t = Box::new(Try {
            body,
            handlers,
            orelse,
            finalbody,
        });
        Some(self.stmt(
            start,
            if star == Some(true) {
                StmtKind::TryStar(t)
            } else {
                StmtKind::Try(t)
            },
        ))
    }

    /// `except_block` / `except_star_block`.
    fn except_block(&mut self, is_star: bool) -> Option<ExceptHandler> {
        let start = self.pos;
        self.pos += 1;
        if is_star {
            self.pos += 1;
        }
        let what = if is_star {
            "'except*' statement"
        } else {
            "'except' statement"
        };
        let mut type_ = None;
        let mut name = None;
        if !self.at(T::Colon) || is_star {
            if self.pass2 {
                self.invalid_except(is_star)?;
            }
            let estart = self.pos;
            let e = self.expression()?;
            if self.eat(T::As) {
                name = Some(self.name()?);
                type_ = Some(Box::new(e));
            } else if self.at(T::Comma) {
                // PEP 758: `except A, B:` without parentheses.
                let mut elts = vec![e];
                while self.eat(T::Comma) {
                    match self.try_parse(Self::expression) {
                        Some(e) => elts.push(e),
                        None if self.failed() => return None,
                        None => break,
                    }
                }
                let tuple = self.expr(
                    estart,
                    ExprKind::Tuple {
                        elts,
                        ctx: ExprContext::Load,
                    },
                );
                if self.pass2 && self.at(T::As) {
                    let r = tuple.range;
                    self.pos += 1;
                    if self.eat(T::Name) && self.at(T::Colon) {
                        let msg = "multiple exception types must be parenthesized when using 'as'";
                        return self.raise_starting_from(r, msg);
                    }
                    return None;
                }
                type_ = Some(Box::new(tuple));
            } else {
                type_ = Some(Box::new(e));
            }
        }
        let body = self.colon_block(start, what)?;
        Some(ExceptHandler {
            type_,
            name,
            body,
            range: self.range_from(start),
        })
    }

    // ----- definitions ---------------------------------------------------

    /// A function or class definition, with its decorators.
    fn definition(&mut self) -> Option<Stmt> {
        let mut decorators = Vec::new();
        while self.eat(T::At) {
            decorators.push(self.named_expression()?);
            self.expect(T::Newline)?;
        }
        match self.peek() {
            T::Class => self.class_def(decorators),
            T::Def => self.function_def(decorators),
            T::Async if self.peek_at(1) == T::Def => self.function_def(decorators),
            _ => None,
        }
    }

    fn class_def(&mut self, decorator_list: Vec<Expr>) -> Option<Stmt> {
        let start = self.pos;
        self.pos += 1;
        let name = self.name()?;
        let type_params = self.opt_type_params()?;
        let (bases, keywords) = if self.at(T::LPar) {
            let a = self.class_args()?;
            (a.args, a.keywords)
        } else {
            (Vec::new(), Vec::new())
        };
        let body = self.colon_block(start, "class definition")?;
        Some(self.stmt(
            start,
            StmtKind::ClassDef(Box::new(ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
                type_params,
            })),
        ))
    }

    fn function_def(&mut self, decorator_list: Vec<Expr>) -> Option<Stmt> {
        let start = self.pos;
        let is_async = self.eat(T::Async);
        let kw = self.pos;
        self.expect(T::Def)?;
        let name = self.name()?;
        let type_params = self.opt_type_params()?;
        if !self.eat(T::LPar) {
            if self.pass2 {
                let r = self.tok_range(self.pos);
                return self.raise_syntax("expected '('", r);
            }
            return None;
        }
        let args = self.parameters(false)?;
        self.expect(T::RPar)?;
        let returns = if self.eat(T::RArrow) {
            Some(Box::new(self.expression()?))
        } else {
            None
        };
        if self.pass2 && !self.at(T::Colon) {
            let r = self.tok_range(self.pos);
            return self.raise_syntax("expected ':'", r);
        }
        let body = self.colon_block(kw, "function definition")?;
        let f = Box::new(FunctionDef {
            name,
            args: Box::new(args),
            body,
            decorator_list,
            returns,
            type_comment: None,
            type_params,
        });
        Some(self.stmt(
            start,
            if is_async {
                StmtKind::AsyncFunctionDef(f)
            } else {
                StmtKind::FunctionDef(f)
            },
        ))
    }
}

/// Whether `k` is an augmented assignment operator.
pub(super) fn augassign(k: T) -> bool {
    matches!(
        k,
        T::PlusEqual
            | T::MinEqual
            | T::StarEqual
            | T::AtEqual
            | T::SlashEqual
            | T::PercentEqual
            | T::AmperEqual
            | T::VBarEqual
            | T::CircumflexEqual
            | T::LeftShiftEqual
            | T::RightShiftEqual
            | T::DoubleStarEqual
            | T::DoubleSlashEqual
    )
}
