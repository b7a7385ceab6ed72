//! String literals: escape decoding, implicit concatenation, f-strings
//! (JoinedStr/FormattedValue) and t-strings (TemplateStr/Interpolation).

use super::{Parser, DEPTH_BRACKET};
use crate::ast::{Constant, Expr, ExprKind, Range};
use crate::token::TokenKind as T;
use crate::wtf8::Wtf8Buf;

/// One element of a concatenation: literal text, or a replacement field.
enum Piece {
    Text {
        value: Wtf8Buf,
        range: Range,
        u_prefix: bool,
    },
    Field(Expr),
}

/// The prefix letters and body of a STRING token's text.
struct Literal<'a> {
    raw: bool,
    bytes: bool,
    u: bool,
    body: &'a str,
}

fn split_literal(text: &str) -> Literal<'_> {
    let quote = text.find(['\'', '"']).unwrap_or(0);
    let prefix = &text[..quote];
    let rest = &text[quote..];
    let q = if rest.starts_with("'''") || rest.starts_with("\"\"\"") {
        3
    } else {
        1
    };
    let body = if rest.len() >= 2 * q {
        &rest[q..rest.len() - q]
    } else {
        ""
    };
    let has = |c: char| prefix.chars().any(|p| p.eq_ignore_ascii_case(&c));
    Literal {
        raw: has('r'),
        bytes: has('b'),
        // Only a lowercase `u` prefix sets `kind='u'`, as in CPython.
        u: prefix.starts_with('u'),
        body,
    }
}

impl Parser<'_> {
    /// `strings`: one or more adjacent literals of the same family.
    pub(super) fn strings(&mut self) -> Option<Expr> {
        let start = self.pos;
        let mut pieces: Vec<Piece> = Vec::new();
        let mut bytes: Option<Vec<u8>> = None;
        let (mut saw_str, mut saw_f, mut saw_t, mut saw_bytes) = (false, false, false, false);
        let mut first_u = false;
        loop {
            let i = self.pos;
            match self.peek() {
                T::String => {
                    let lit = split_literal(self.text(i));
                    let range = self.tok_range(i);
                    if i == start {
                        first_u = lit.u;
                    }
                    if lit.bytes {
                        saw_bytes = true;
                        let b = bytes.get_or_insert_with(Vec::new);
                        match decode_bytes(lit.body, lit.raw, b) {
                            Ok(invalid) => self.warn_invalid_escape(i, lit.body, invalid),
                            Err(msg) => return self.raise_syntax(msg, range),
                        }
                    } else {
                        saw_str = true;
                        let mut value = Wtf8Buf::new();
                        match decode_str(lit.body, lit.raw, &mut value) {
                            Ok(invalid) => self.warn_invalid_escape(i, lit.body, invalid),
                            Err(msg) => return self.raise_syntax(msg, range),
                        }
                        push_text(&mut pieces, value, range, lit.u);
                    }
                    self.pos += 1;
                }
                T::FStringStart => {
                    saw_f = true;
                    self.fstring(&mut pieces, false)?;
                }
                T::TStringStart => {
                    saw_t = true;
                    self.fstring(&mut pieces, true)?;
                }
                _ => break,
            }
        }
        if saw_t && (saw_str || saw_f || saw_bytes) {
            let r = self.range_from(start);
            return self.raise_syntax(
                "cannot mix t-string literals with string or bytes literals",
                r,
            );
        }
        if saw_bytes && (saw_str || saw_f) {
            let r = self.tok_range(self.pos);
            return self.raise_syntax("cannot mix bytes and nonbytes literals", r);
        }
        if let Some(b) = bytes {
            return Some(self.expr(
                start,
                ExprKind::Constant {
                    value: Constant::Bytes(b),
                    kind: None,
                },
            ));
        }
        if !saw_f && !saw_t {
            let value = match pieces.pop() {
                Some(Piece::Text { value, .. }) => value,
                _ => Wtf8Buf::new(),
            };
            return Some(self.expr(
                start,
                ExprKind::Constant {
                    value: Constant::Str(value),
                    kind: first_u.then(|| "u".to_owned()),
                },
            ));
        }
        let values = finish_pieces(pieces);
        let kind = if saw_t {
            ExprKind::TemplateStr { values }
        } else {
            ExprKind::JoinedStr { values }
        };
        Some(self.expr(start, kind))
    }

    /// One f-string (or t-string when `t`), from its START to its END token.
    fn fstring(&mut self, pieces: &mut Vec<Piece>, t: bool) -> Option<()> {
        let raw = split_literal(self.text(self.pos)).raw;
        let (middle, end) = if t {
            (T::TStringMiddle, T::TStringEnd)
        } else {
            (T::FStringMiddle, T::FStringEnd)
        };
        self.pos += 1;
        loop {
            let k = self.peek();
            if k == middle {
                if let Some((value, range)) = self.middle(raw)? {
                    push_text(pieces, value, range, false);
                }
            } else if k == T::LBrace {
                let field = self.replacement_field(pieces, raw, t)?;
                pieces.push(Piece::Field(field));
            } else if k == end {
                self.pos += 1;
                return Some(());
            } else {
                return None;
            }
        }
    }

    /// The decoded text of the FSTRING_MIDDLE/TSTRING_MIDDLE token here;
    /// `Some(None)` for an empty one, which CPython's parser ignores.
    fn middle(&mut self, raw: bool) -> Option<Option<(Wtf8Buf, Range)>> {
        let i = self.pos;
        self.pos += 1;
        let text = self.text(i);
        if text.is_empty() {
            return Some(None);
        }
        let mut range = self.tok_range(i);
        // The tokenizer ends a middle token after the first brace of an
        // escaped `{{` or `}}`; CPython's node spans both braces.
        if let Some(c @ (b'{' | b'}')) = text.bytes().last() {
            let run = text.bytes().rev().take_while(|&b| b == c).count();
            let end = self.tok(i).end as usize;
            if run % 2 == 1 && self.src.as_bytes().get(end) == Some(&c) {
                range.end_col_offset += 1;
            }
        }
        let unescaped;
        let text = if text.contains("{{") || text.contains("}}") {
            unescaped = text.replace("{{", "{").replace("}}", "}");
            &unescaped
        } else {
            text
        };
        let mut value = Wtf8Buf::new();
        match decode_str(text, raw, &mut value) {
            Ok(invalid) => self.warn_invalid_escape(i, self.text(i), invalid),
            Err(msg) => return self.raise_syntax(msg, range),
        }
        Some(Some((value, range)))
    }

    /// `'{' annotated_rhs ['='] ['!' NAME] [':' spec] '}'`. A debug `=`
    /// adds its source text to `pieces` before the field.
    fn replacement_field(&mut self, pieces: &mut Vec<Piece>, raw: bool, t: bool) -> Option<Expr> {
        let start = self.pos;
        let r = self.replacement_field_inner(pieces, raw, t);
        if r.is_none() && self.pass2 && !self.failed() {
            self.pos = start + 1;
            self.invalid_replacement_field(t)?;
        }
        r
    }

    fn replacement_field_inner(
        &mut self,
        pieces: &mut Vec<Piece>,
        raw: bool,
        t: bool,
    ) -> Option<Expr> {
        let start = self.pos;
        self.expect(T::LBrace)?;
        let value = self.annotated_rhs()?;
        let expr_end = self.pos;
        let after_brace = self.tok(start).end as usize;
        let mut conversion = -1;
        let mut debug = false;
        if self.eat(T::Equal) {
            debug = true;
            let next = self.tok(self.pos);
            let b = self.tok(start).finish;
            let text = &self.src[after_brace..next.start as usize];
            let range = Range {
                lineno: b.line,
                col_offset: b.col,
                end_lineno: next.begin.line,
                end_col_offset: next.begin.col,
            };
            push_text(pieces, Wtf8Buf::from(strip_comments(text)), range, false);
        }
        if self.eat(T::Exclamation) {
            if self.peek() != T::Name || self.tok(self.pos).start != self.tok(self.pos - 1).end {
                return self.fstring_conversion_error(t);
            }
            conversion = match self.text(self.pos) {
                "s" => 's' as i32,
                "r" => 'r' as i32,
                "a" => 'a' as i32,
                other => {
                    let msg = format!(
                        "{}-string: invalid conversion character {:?}: expected 's', 'r', or 'a'",
                        if t { 't' } else { 'f' },
                        other
                    )
                    .replace('"', "'");
                    let r = self.tok_range(self.pos);
                    return self.raise_syntax(msg, r);
                }
            };
            self.pos += 1;
        }
        let mut format_spec = None;
        if self.at(T::Colon) {
            let colon = self.pos;
            self.pos += 1;
            let middle = if t {
                T::TStringMiddle
            } else {
                T::FStringMiddle
            };
            let mut spec: Vec<Piece> = Vec::new();
            loop {
                let k = self.peek();
                if k == middle {
                    if let Some((value, range)) = self.middle(raw)? {
                        push_text(&mut spec, value, range, false);
                    }
                } else if k == T::LBrace {
                    let f = self.nested(DEPTH_BRACKET, |p| {
                        p.replacement_field(&mut spec, raw, false)
                    });
                    spec.push(Piece::Field(f?));
                } else {
                    break;
                }
            }
            let values = finish_pieces(spec);
            format_spec = Some(Box::new(self.expr(colon, ExprKind::JoinedStr { values })));
        }
        self.expect(T::RBrace)?;
        if debug && conversion == -1 && format_spec.is_none() {
            conversion = 'r' as i32;
        }
        let kind = if t {
            let str_end = self.tok(expr_end).start as usize;
            ExprKind::Interpolation {
                value: Box::new(value),
                str: Wtf8Buf::from(strip_comments(&self.src[after_brace..str_end])),
                conversion,
                format_spec,
            }
        } else {
            ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            }
        };
        Some(self.expr(start, kind))
    }
}

impl Parser<'_> {
    /// Records CPython's SyntaxWarning for the invalid escape at byte
    /// `invalid` of `body`, a slice of token `i`'s text.
    fn warn_invalid_escape(&mut self, i: usize, body: &str, invalid: Option<usize>) {
        let (Some(off), false) = (invalid, self.pass2) else {
            return;
        };
        let c = body[off + 1..].chars().next().unwrap_or('\\');
        let octal: String = body[off + 1..]
            .chars()
            .take(3)
            .take_while(|d| ('0'..='7').contains(d))
            .collect();
        let at = body.as_ptr() as usize - self.src.as_ptr() as usize + off;
        let start = self.tok(i).start as usize;
        let lineno = self.tok(i).begin.line + self.src[start..at].matches('\n').count() as u32;
        let line_start = self.src[..at].rfind('\n').map_or(0, |n| n + 1);
        let msg = if octal.is_empty() {
            format!(
                "\"\\{c}\" is an invalid escape sequence. Such sequences will not work in the future. \
                 Did you mean \"\\\\{c}\"? A raw string is also an option."
            )
        } else {
            format!(
                "\"\\{octal}\" is an invalid octal escape sequence. Such sequences will not work in \
                 the future. Did you mean \"\\\\{octal}\"? A raw string is also an option."
            )
        };
        self.warnings.push(crate::tokenizer::Warning {
            msg,
            lineno,
            col: (at - line_start) as u32,
        });
    }
}

/// Expression source text without its comments, as CPython keeps it in
/// `Interpolation.str` and in the text of a debug `=`.
fn strip_comments(text: &str) -> String {
    if !text.contains('#') {
        return text.to_owned();
    }
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut lit = 0;
    while i < b.len() {
        match b[i] {
            q @ (b'\'' | b'"') => {
                let triple = b[i..].starts_with(&[q, q, q]);
                let n = if triple { 3 } else { 1 };
                i += n;
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                    } else if b[i] == q && (!triple || b[i..].starts_with(&[q, q, q])) {
                        i += n;
                        break;
                    } else {
                        i += 1;
                    }
                }
            }
            b'#' => {
                out.push_str(&text[lit..i]);
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                lit = i;
            }
            _ => i += 1,
        }
    }
    out.push_str(&text[lit.min(text.len())..]);
    out
}

/// Appends literal text, merging it into a preceding text piece.
fn push_text(pieces: &mut Vec<Piece>, value: Wtf8Buf, range: Range, u_prefix: bool) {
    if let Some(Piece::Text {
        value: v, range: r, ..
    }) = pieces.last_mut()
    {
        v.push_wtf8(&value);
        *r = r.to(range);
        return;
    }
    pieces.push(Piece::Text {
        value,
        range,
        u_prefix,
    });
}

/// The values of a JoinedStr/TemplateStr: empty text runs dropped.
fn finish_pieces(pieces: Vec<Piece>) -> Vec<Expr> {
    pieces
        .into_iter()
        .filter_map(|p| match p {
            Piece::Text { value, .. } if value.is_empty() => None,
            Piece::Text {
                value,
                range,
                u_prefix,
            } => Some(Expr {
                kind: ExprKind::Constant {
                    value: Constant::Str(value),
                    kind: u_prefix.then(|| "u".to_owned()),
                },
                range,
            }),
            Piece::Field(e) => Some(e),
        })
        .collect()
}

/// Decodes the body of a str literal (escape sequences unless `raw`).
/// Returns the byte offset of the first invalid escape, which CPython keeps
/// as is with a SyntaxWarning.
pub(crate) fn decode_str(
    body: &str,
    raw: bool,
    out: &mut Wtf8Buf,
) -> Result<Option<usize>, String> {
    if raw || !body.contains('\\') {
        out.push_str(body);
        return Ok(None);
    }
    let mut invalid = None;
    let b = body.as_bytes();
    let mut i = 0;
    let mut lit_start = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        out.push_str(&body[lit_start..i]);
        let esc = i;
        i += 1;
        let Some(&c) = b.get(i) else {
            out.push('\\');
            lit_start = i;
            break;
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                // Above 0o377: kept, with CPython's "invalid octal" warning.
                if v > 0o377 && invalid.is_none() {
                    invalid = Some(esc);
                }
                out.push_code_point(v);
            }
            b'x' | b'u' | b'U' => {
                let n = match c {
                    b'x' => 2,
                    b'u' => 4,
                    _ => 8,
                };
                let digits = body
                    .get(i..i + n)
                    .filter(|d| d.bytes().all(|h| h.is_ascii_hexdigit()));
                let Some(digits) = digits else {
                    let avail = b[i..]
                        .iter()
                        .take(n)
                        .take_while(|h| h.is_ascii_hexdigit())
                        .count();
                    let what = match c {
                        b'x' => "truncated \\xXX escape",
                        b'u' => "truncated \\uXXXX escape",
                        _ => "truncated \\UXXXXXXXX escape",
                    };
                    return Err(unicode_error(esc, i + avail - 1, what));
                };
                let v = u32::from_str_radix(digits, 16).unwrap_or(u32::MAX);
                if !out.push_code_point(v) {
                    return Err(unicode_error(esc, i + n - 1, "illegal Unicode character"));
                }
                i += n;
            }
            b'N' => {
                let name_end = if b.get(i) == Some(&b'{') {
                    body[i..].find('}').map(|e| i + e)
                } else {
                    None
                };
                let ch = name_end.and_then(|e| unicode_names2::character(&body[i + 1..e]));
                match (ch, name_end) {
                    (Some(ch), Some(e)) => {
                        out.push(ch);
                        i = e + 1;
                    }
                    (None, Some(e)) => {
                        return Err(unicode_error(esc, e, "unknown Unicode character name"))
                    }
                    _ => {
                        return Err(unicode_error(
                            esc,
                            b.len() - 1,
                            "malformed \\N character escape",
                        ))
                    }
                }
            }
            _ => {
                // An invalid escape is kept as is (CPython only warns, and
                // not for a non-ASCII character, whose backslash it turns
                // into a plain `\u005c` before decoding).
                if c.is_ascii() {
                    invalid.get_or_insert(esc);
                }
                out.push('\\');
                i = esc + 1;
            }
        }
        lit_start = i;
    }
    out.push_str(&body[lit_start..]);
    Ok(invalid)
}

fn unicode_error(start: usize, end: usize, what: &str) -> String {
    format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}")
}

/// Decodes the body of a bytes literal into `out`.
/// Returns the byte offset of the first invalid escape, as `decode_str`.
fn decode_bytes(body: &str, raw: bool, out: &mut Vec<u8>) -> Result<Option<usize>, String> {
    if !body.is_ascii() {
        return Err("bytes can only contain ASCII literal characters".to_owned());
    }
    let b = body.as_bytes();
    if raw || !body.contains('\\') {
        out.extend_from_slice(b);
        return Ok(None);
    }
    let mut invalid = None;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&e) = b.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let esc = i - 2;
                let mut v = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                if v > 0o377 {
                    invalid.get_or_insert(esc);
                }
                out.push(v as u8);
            }
            b'x' => {
                let digits = body
                    .get(i..i + 2)
                    .filter(|d| d.bytes().all(|h| h.is_ascii_hexdigit()));
                let Some(digits) = digits else {
                    return Err(format!(
                        "(value error) invalid \\x escape at position {}",
                        i - 2
                    ));
                };
                out.push(u8::from_str_radix(digits, 16).unwrap_or(0));
                i += 2;
            }
            _ => {
                invalid.get_or_insert(i - 2);
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(invalid)
}
