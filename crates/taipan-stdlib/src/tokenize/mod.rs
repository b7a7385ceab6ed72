//! The `_tokenize` module: `TokenizerIter`, the iterator the `tokenize`
//! module wraps, over Taipan's own tokenizer (taipan-syntax's
//! [`listed_tokens`]).
//!
//! The lines `readline` returns are all read at the first `__next__` and
//! tokenized at once; the tokens before an error are still yielded before
//! the error is raised, as CPython's incremental tokenizer does, but
//! warnings come at the first `__next__`.

use taipan_syntax::tokenizer::{listed_tokens, ListedToken};
use taipan_vm::interp::attrs::getattr_str;
use taipan_vm::interp::objects::{base_slots, native_any_arity, new_module};
use taipan_vm::interp::{call_object, classes, modules, slot_wrappers, type_error};
use taipan_vm::object::{Cell, ObjHeader, PyPayload, Slots, TypeObject};
use taipan_vm::types::exceptions::{self, STOP_ITERATION, SYNTAX_ERROR};
use taipan_vm::types::object::OBJECT_TYPE;
use taipan_vm::types::{bytes, dict, int, singletons, str as pystr, tuple};
use taipan_vm::{ops, PyErr, PyResult, Value};

/// CPython 3.14's token numbers (`token.tok_name`), in order.
const TOKEN_NAMES: &[&str] = &[
    "ENDMARKER",
    "NAME",
    "NUMBER",
    "STRING",
    "NEWLINE",
    "INDENT",
    "DEDENT",
    "LPAR",
    "RPAR",
    "LSQB",
    "RSQB",
    "COLON",
    "COMMA",
    "SEMI",
    "PLUS",
    "MINUS",
    "STAR",
    "SLASH",
    "VBAR",
    "AMPER",
    "LESS",
    "GREATER",
    "EQUAL",
    "DOT",
    "PERCENT",
    "LBRACE",
    "RBRACE",
    "EQEQUAL",
    "NOTEQUAL",
    "LESSEQUAL",
    "GREATEREQUAL",
    "TILDE",
    "CIRCUMFLEX",
    "LEFTSHIFT",
    "RIGHTSHIFT",
    "DOUBLESTAR",
    "PLUSEQUAL",
    "MINEQUAL",
    "STAREQUAL",
    "SLASHEQUAL",
    "PERCENTEQUAL",
    "AMPEREQUAL",
    "VBAREQUAL",
    "CIRCUMFLEXEQUAL",
    "LEFTSHIFTEQUAL",
    "RIGHTSHIFTEQUAL",
    "DOUBLESTAREQUAL",
    "DOUBLESLASH",
    "DOUBLESLASHEQUAL",
    "AT",
    "ATEQUAL",
    "RARROW",
    "ELLIPSIS",
    "COLONEQUAL",
    "EXCLAMATION",
    "OP",
    "TYPE_IGNORE",
    "TYPE_COMMENT",
    "SOFT_KEYWORD",
    "FSTRING_START",
    "FSTRING_MIDDLE",
    "FSTRING_END",
    "TSTRING_START",
    "TSTRING_MIDDLE",
    "TSTRING_END",
    "COMMENT",
    "NL",
    "ERRORTOKEN",
];

/// The token numbers of the exact operator types (`LPAR` ... `EXCLAMATION`),
/// which `extra_tokens` reports as `OP`.
const OPERATORS: std::ops::RangeInclusive<usize> = 7..=54;
const OP: usize = 55;

fn token_number(name: &str) -> usize {
    TOKEN_NAMES.iter().position(|n| *n == name).unwrap_or(OP)
}

/// Where an iterator is: lines not read yet, or the tokens of the text.
enum State {
    Unread {
        readline: Value,
        encoding: Option<Value>,
    },
    Tokenized(Tokenized),
    Done,
}

struct Tokenized {
    text: String,
    /// Byte offset where each line starts, and the text's end last.
    line_starts: Vec<usize>,
    tokens: std::vec::IntoIter<ListedToken>,
    error: Option<taipan_syntax::SyntaxError>,
}

#[repr(C)]
pub struct TokenizerIterObject {
    header: ObjHeader,
    extra_tokens: bool,
    state: Cell<State>,
}

// SAFETY: `#[repr(C)]`, header first; only `TokenizerIter` objects (no
// subclasses) have this layout.
unsafe impl PyPayload for TokenizerIterObject {
    fn type_object() -> &'static TypeObject {
        &TOKENIZER_ITER_TYPE
    }
}

/// `TokenizerIter(readline, /, *, extra_tokens, encoding=None)`.
fn tokenizer_iter_new(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let cls = args.first().and_then(|c| c.downcast::<TypeObject>());
    if !cls.is_some_and(|c| std::ptr::eq(c, &TOKENIZER_ITER_TYPE)) {
        return Err(type_error(
            "TokenizerIter.__new__(X): X is not the type _tokenize.TokenizerIter",
        ));
    }
    let args = &args[1..];
    let pos = crate::args::positional(args, kwnames);
    let [readline] = pos else {
        return Err(type_error(format!(
            "TokenizerIter() takes exactly 1 positional argument ({} given)",
            pos.len()
        )));
    };
    let mut extra_tokens = None;
    let mut encoding = None;
    for (name, value) in crate::args::keywords(args, kwnames) {
        match name {
            "extra_tokens" => extra_tokens = Some(ops::truthy(value)?),
            "encoding" => encoding = Some(value.clone()),
            _ => {
                return Err(type_error(format!(
                    "TokenizerIter() got an unexpected keyword argument '{name}'"
                )))
            }
        }
    }
    let extra_tokens = extra_tokens.ok_or_else(|| {
        type_error("TokenizerIter() missing required keyword-only argument 'extra_tokens'")
    })?;
    let encoding = encoding.filter(|e| !singletons::is_none(e));
    Ok(Value::from_box(Box::new(TokenizerIterObject {
        header: ObjHeader::new(&TOKENIZER_ITER_TYPE),
        extra_tokens,
        state: Cell::new(State::Unread {
            readline: readline.clone(),
            encoding,
        }),
    })))
}

/// Calls `readline` until it is exhausted (StopIteration or an empty
/// line), decoding bytes lines with `encoding`.
fn read_text(readline: &Value, encoding: Option<&Value>) -> PyResult<String> {
    let mut text = String::new();
    loop {
        let line = match call_object(readline, &[], &[]) {
            Ok(line) => line,
            Err(e) if e.matches(&STOP_ITERATION) => break,
            Err(e) => return Err(e),
        };
        let line = match encoding {
            Some(encoding) => {
                if bytes::as_bytes(&line).is_none() {
                    return Err(type_error("readline() returned a non-bytes object"));
                }
                let decode = getattr_str(&line, "decode")?;
                call_object(&decode, std::slice::from_ref(encoding), &[])?
            }
            None => line,
        };
        let Some(line) = pystr::as_str(&line) else {
            return Err(type_error("readline() returned a non-string object"));
        };
        if line.is_empty() {
            break;
        }
        text.push_str(line);
    }
    Ok(text)
}

/// Tokenizes `text`, issuing the tokenizer's SyntaxWarnings (invalid
/// escapes in f-strings) as CPython's does.
fn tokenize_text(text: String) -> PyResult<Tokenized> {
    let mut line_starts = vec![0];
    line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    if *line_starts.last().unwrap_or(&0) != text.len() {
        line_starts.push(text.len());
    }
    let mut warnings = Vec::new();
    let (tokens, error) = listed_tokens(&text, &mut warnings);
    modules::issue_front_end_warnings(warnings, "<string>", &text)?;
    Ok(Tokenized {
        text,
        line_starts,
        tokens: tokens.into_iter(),
        error,
    })
}

impl Tokenized {
    /// The physical lines `first..=last` (1-based); "" past the end.
    fn lines(&self, first: u32, last: u32) -> &str {
        let count = self.line_starts.len() - 1;
        let (first, last) = (first as usize, last as usize);
        if first == 0 || first > count {
            return "";
        }
        let last = last.clamp(first, count);
        &self.text[self.line_starts[first - 1]..self.line_starts[last]]
    }

    /// The number of lines, counting an unterminated last one.
    fn line_count(&self) -> usize {
        self.line_starts.len() - 1
    }
}

/// The SyntaxError CPython's tokenizer iterator raises for `err`: an
/// unclosed bracket is an unexpected end of file at column 0 of the
/// last line.
fn tokenize_error(t: &Tokenized, err: &taipan_syntax::SyntaxError) -> PyErr {
    if !err.msg.ends_with("was never closed") {
        return modules::syntax_error(err, "<string>", &t.text);
    }
    let e = PyErr::new(&SYNTAX_ERROR, "unexpected EOF in multi-line statement");
    let line = int::from_i64(t.line_count().max(1) as i64);
    let fields = [
        ("msg", pystr::new("unexpected EOF in multi-line statement")),
        ("lineno", line.clone()),
        ("offset", int::from_i64(0)),
        ("end_lineno", line),
        ("filename", pystr::new("<string>")),
    ];
    for (name, value) in fields {
        if let Err(failed) = exceptions::set_field(e.instance(), name, Some(value)) {
            return failed;
        }
    }
    e
}

fn tokenizer_iter_next(v: &Value) -> PyResult<Option<Value>> {
    let it = v
        .downcast::<TokenizerIterObject>()
        .ok_or_else(|| type_error("expected a TokenizerIter"))?;
    // Reading runs Python code: take the state out first.
    let unread = it.state.with(&it.header, |s| match s {
        State::Unread { .. } => std::mem::replace(s, State::Done),
        _ => State::Done,
    });
    if let State::Unread { readline, encoding } = unread {
        let text = read_text(&readline, encoding.as_ref())?;
        let tokenized = tokenize_text(text)?;
        let old = it.state.with(&it.header, |s| {
            std::mem::replace(s, State::Tokenized(tokenized))
        });
        drop(old);
    }
    let next = it.state.with(&it.header, |s| match s {
        State::Tokenized(t) => Some(next_token(t, it.extra_tokens)),
        _ => None,
    });
    match next {
        Some(Ok(Some(token))) => Ok(Some(token)),
        Some(Ok(None)) | None => {
            let old = it
                .state
                .with(&it.header, |s| std::mem::replace(s, State::Done));
            drop(old);
            Ok(None)
        }
        Some(Err(e)) => {
            let old = it
                .state
                .with(&it.header, |s| std::mem::replace(s, State::Done));
            drop(old);
            Err(e)
        }
    }
}

/// The next token's tuple `(type, string, (srow, scol), (erow, ecol),
/// line)`, or the error that ends the tokens.
fn next_token(t: &mut Tokenized, extra_tokens: bool) -> PyResult<Option<Value>> {
    loop {
        let Some(token) = t.tokens.next() else {
            return match t.error.take() {
                Some(err) => Err(tokenize_error(t, &err)),
                None => Ok(None),
            };
        };
        let mut number = token_number(token.name);
        let mut string = token.text(&t.text);
        let mut begin = (token.begin.0, token.begin.1 as i64);
        let mut end = (token.end.0, token.end.1 as i64);
        let mut line = match token.name {
            "ENDMARKER" => "",
            _ => t.lines(token.begin.0, token.end.0),
        };
        if extra_tokens {
            if OPERATORS.contains(&number) {
                number = OP;
            }
        } else {
            // The parser's view: no comments or blank lines, and the
            // layout tokens carry no text.
            if matches!(token.name, "COMMENT" | "NL") {
                continue;
            }
            if matches!(token.name, "NEWLINE" | "INDENT" | "DEDENT") {
                string = "";
                end = begin;
            }
            if token.name == "ENDMARKER" {
                // At column -1 of the last line, with that line; none at
                // all for an empty source.
                let last = t.line_count() as u32;
                if last == 0 {
                    return Ok(None);
                }
                begin = (last, -1);
                end = begin;
                line = t.lines(last, last);
            }
        }
        let pos = |(line, col): (u32, i64)| {
            tuple::new(vec![int::from_i64(i64::from(line)), int::from_i64(col)])
        };
        return Ok(Some(tuple::new(vec![
            int::from_i64(number as i64),
            pystr::new(string),
            pos(begin),
            pos(end),
            pystr::new(line),
        ])));
    }
}

fn traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(it) = v.downcast::<TokenizerIterObject>() {
        it.state.with(&it.header, |s| {
            if let State::Unread { readline, encoding } = s {
                visit(readline);
                if let Some(e) = encoding {
                    visit(e);
                }
            }
        });
    }
}

fn clear(v: &Value) {
    if let Some(it) = v.downcast::<TokenizerIterObject>() {
        let old = it
            .state
            .with(&it.header, |s| std::mem::replace(s, State::Done));
        drop(old);
    }
}

pub static TOKENIZER_ITER_TYPE: TypeObject = TypeObject::new_static_in(
    "_tokenize",
    "TokenizerIter",
    Some(&OBJECT_TYPE),
    taipan_vm::object::tpflags::HAVE_GC,
    Slots {
        iter: Some(tuple::self_iter),
        next: Some(tokenizer_iter_next),
        traverse: Some(traverse),
        clear: Some(clear),
        ..base_slots(taipan_vm::object::payload::dealloc_box::<TokenizerIterObject>)
    },
);

fn install() {
    let _ = dict::set_item(
        TOKENIZER_ITER_TYPE.dict(),
        pystr::intern("__new__"),
        classes::new_wrapper(
            &classes::STATICMETHOD_TYPE,
            native_any_arity("__new__", tokenizer_iter_new),
        ),
    );
    slot_wrappers::install(&[&TOKENIZER_ITER_TYPE]);
}

pub(crate) fn module() -> PyResult<Value> {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(install);
    let d = dict::new();
    dict::set_item(&d, pystr::intern("__doc__"), singletons::none())?;
    dict::set_item(
        &d,
        pystr::intern("TokenizerIter"),
        TOKENIZER_ITER_TYPE.as_value(),
    )?;
    new_module("_tokenize", d)
}
