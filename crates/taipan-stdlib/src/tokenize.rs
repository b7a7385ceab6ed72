//! The `_tokenize` module: `TokenizerIter`, the token stream `tokenize`
//! builds its generators on, from Taipan's own tokenizer. The iterator is
//! Taipan's Python (compiled when first imported); the tokens come from
//! `taipan_syntax::tokenizer::token_spans`.

use taipan_vm::interp::builtins::check_count;
use taipan_vm::interp::objects::{native_any_arity, new_module};
use taipan_vm::interp::{modules, run_code, type_error};
use taipan_vm::types::{dict, int, list, str as pystr, tuple};
use taipan_vm::{PyResult, Value};

const SOURCE: &str = r#"
import token as _token

_OPERATORS = frozenset(_token.EXACT_TOKEN_TYPES.values())


class TokenizerIter:
    """Tokens of the source a readline callable gives, as tuples."""

    def __init__(self, readline, *, extra_tokens=False, encoding=None):
        self._readline = readline
        self._encoding = encoding
        self._tokens = None

    def __iter__(self):
        return self

    def __next__(self):
        if self._tokens is None:
            lines = []
            while True:
                try:
                    line = self._readline()
                except StopIteration:
                    break
                if not line:
                    break
                if isinstance(line, bytes):
                    line = line.decode(self._encoding or "utf-8")
                lines.append(line)
            self._tokens = iter(_token_spans("".join(lines)))
        name, text, start, end, line = next(self._tokens)
        kind = getattr(_token, name)
        if kind in _OPERATORS:
            kind = _token.OP
        return (kind, text, start, end, line)
"#;

/// `_token_spans(source)`: (type name, text, start, end, line) tuples.
fn token_spans(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    check_count("", "_token_spans", args.len() - kwnames.len(), 1, 1)?;
    let Some(text) = pystr::as_str(&args[0]) else {
        return Err(type_error("_token_spans() argument must be str"));
    };
    let mut warnings = Vec::new();
    let spans = taipan_syntax::tokenizer::token_spans(text, &mut warnings)
        .map_err(|e| modules::syntax_error(&e, "<string>", text))?;
    let pos = |(l, c): (u32, usize)| {
        tuple::new(vec![int::from_i64(i64::from(l)), int::from_i64(c as i64)])
    };
    let items = spans
        .into_iter()
        .map(|t| {
            tuple::new(vec![
                pystr::new(t.name),
                pystr::new(t.text),
                pos(t.start),
                pos(t.end),
                pystr::new(t.lines),
            ])
        })
        .collect();
    Ok(list::new(items))
}

pub(crate) fn module() -> PyResult<Value> {
    let code = modules::compile_source(SOURCE.as_bytes(), "<frozen _tokenize>")?;
    let d = dict::new();
    dict::set_item(&d, pystr::intern("__name__"), pystr::new("_tokenize"))?;
    dict::set_item(
        &d,
        pystr::intern("_token_spans"),
        native_any_arity("_token_spans", token_spans),
    )?;
    let m = new_module("_tokenize", d.clone())?;
    run_code(code, &d, None)?;
    Ok(m)
}
