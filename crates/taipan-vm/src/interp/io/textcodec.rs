//! The text settings of a text stream: its encoding (with the error
//! handler) and its newline mode, and the whole-buffer conversions they
//! imply. Strict UTF-8 is converted here; everything else goes through the
//! interpreter's codecs.

use super::stringio::{Newline, SEEN_CR, SEEN_CRLF, SEEN_LF};
use crate::error::PyResult;
use crate::interp::builtins::{decode_bytes, encode_text};
use crate::interp::type_error;
use crate::object::Value;
use crate::types::{singletons, str as pystr};

/// The kinds of line ending in `text` (`stringio`'s `SEEN_*` bits).
fn seen_newlines(text: &str) -> u8 {
    let crlf = text.matches("\r\n").count();
    let mut seen = 0;
    if crlf > 0 {
        seen |= SEEN_CRLF;
    }
    if text.matches('\r').count() > crlf {
        seen |= SEEN_CR;
    }
    if text.matches('\n').count() > crlf {
        seen |= SEEN_LF;
    }
    seen
}

pub(super) struct TextConfig {
    /// The encoding's name as given (`encoding` attribute).
    pub encoding: String,
    pub errors: String,
    pub newline: Newline,
    pub line_buffering: bool,
    pub write_through: bool,
    utf8: bool,
}

/// The name the default (locale) encoding shows, as CPython's under a
/// UTF-8 locale.
const LOCALE_ENCODING: &str = "UTF-8";

/// A `str or None` argument of `func` named `what`.
fn optional_str(func: &str, what: &str, v: Option<&Value>) -> PyResult<Option<String>> {
    match v.filter(|v| !singletons::is_none(v)) {
        None => Ok(None),
        Some(v) if v.type_of().is_subtype_of(&pystr::STR_TYPE) => {
            Ok(Some(pystr::to_string_lossy(v)))
        }
        Some(v) => Err(type_error(format!(
            "{func}() argument '{what}' must be str or None, not {}",
            v.type_of().name
        ))),
    }
}

impl TextConfig {
    /// The settings from the `encoding`, `errors` and `newline` arguments
    /// of `func`; an unknown encoding fails here (LookupError).
    pub(super) fn new(
        func: &str,
        encoding: Option<&Value>,
        errors: Option<&Value>,
        newline: Option<&Value>,
    ) -> PyResult<TextConfig> {
        let encoding = match optional_str(func, "encoding", encoding)? {
            None => LOCALE_ENCODING.to_string(),
            Some(e) if e == "locale" => LOCALE_ENCODING.to_string(),
            Some(e) => e,
        };
        let errors = optional_str(func, "errors", errors)?.unwrap_or_else(|| "strict".into());
        let newline = Newline::parse(newline, Some(func))?;
        // Looks the codec up now, as CPython does when the stream is made.
        encode_text(&pystr::empty(), &encoding, "strict")?;
        let norm = encoding.to_ascii_lowercase().replace('_', "-");
        let utf8 = matches!(norm.as_str(), "utf-8" | "utf8");
        Ok(TextConfig {
            encoding,
            errors,
            newline,
            line_buffering: false,
            write_through: false,
            utf8,
        })
    }

    /// Whether valid text is written as its UTF-8 bytes, unchanged (what
    /// `print()`'s direct path to stdout writes).
    pub(super) fn writes_plain_utf8(&self) -> bool {
        self.utf8 && !matches!(self.newline, Newline::Cr | Newline::CrLf)
    }

    fn utf8_strict(&self) -> bool {
        self.utf8 && self.errors == "strict"
    }

    /// Decodes a whole buffer and applies the newline mode's translation;
    /// also the kinds of line ending it held, where the mode records them
    /// (`newlines`).
    pub(super) fn decode(&self, data: &[u8]) -> PyResult<(String, u8)> {
        let text = match std::str::from_utf8(data) {
            Ok(t) if self.utf8_strict() => t.to_string(),
            _ => pystr::to_string_lossy(&decode_bytes(data, &self.encoding, &self.errors)?),
        };
        let seen = match self.newline {
            Newline::Translate | Newline::Universal => seen_newlines(&text),
            _ => 0,
        };
        let text = if self.newline == Newline::Translate && text.contains('\r') {
            text.replace("\r\n", "\n").replace('\r', "\n")
        } else {
            text
        };
        Ok((text, seen))
    }

    /// Translates `\n` for the newline mode and encodes.
    pub(super) fn encode(&self, text: &Value) -> PyResult<Vec<u8>> {
        let nl = match self.newline {
            Newline::Cr => Some("\r"),
            Newline::CrLf => Some("\r\n"),
            _ => None,
        };
        let translated;
        let text = match nl {
            Some(nl) if pystr::to_string_lossy(text).contains('\n') => {
                translated = pystr::new(&pystr::to_string_lossy(text).replace('\n', nl));
                &translated
            }
            _ => text,
        };
        if self.utf8 {
            // Text without lone surrogates encodes the same under any
            // error handler.
            if let Some(s) = pystr::as_str(text) {
                return Ok(s.as_bytes().to_vec());
            }
        }
        encode_text(text, &self.encoding, &self.errors)
    }

    /// Where the line starting `text` ends (after its terminator).
    pub(super) fn line_end(&self, text: &str) -> Option<usize> {
        match self.newline {
            Newline::Translate | Newline::Lf => text.find('\n').map(|i| i + 1),
            Newline::Cr => text.find('\r').map(|i| i + 1),
            Newline::CrLf => text.find("\r\n").map(|i| i + 2),
            Newline::Universal => text.find(['\r', '\n']).map(|i| {
                if text[i..].starts_with("\r\n") {
                    i + 2
                } else {
                    i + 1
                }
            }),
        }
    }
}
