//! Source decoding: from a file's bytes to the text that tokens index into.
//!
//! Handles the UTF-8 byte order mark, PEP 263 encoding declarations (UTF-8,
//! Latin-1 and ASCII with their aliases; any other declared encoding is
//! "unknown"), invalid input with CPython's messages, NUL bytes, and the
//! translation of `\r\n` and lone `\r` line ends that CPython applies before
//! tokenizing.

use std::borrow::Cow;

use crate::error::{SyntaxError, SyntaxErrorKind};

const BOM: &[u8] = b"\xef\xbb\xbf";

/// The encodings Taipan can decode source in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Latin1,
    Ascii,
}

/// Decoded source before newline translation, with the encoding name the
/// tokenize module reports for it.
pub(super) struct Decoded {
    pub(super) text: String,
    pub(super) encoding: String,
}

/// Decodes a source file's bytes for the tokenizer: strips a UTF-8 BOM,
/// honours a PEP 263 declaration on line 1 or 2, rejects NUL bytes, and
/// translates `\r\n` and lone `\r` to `\n`.
///
/// `filename` only changes the wording of errors as CPython words them:
/// `Some(path)` for the script file run from the command line, `None` for
/// imports and `compile()` of bytes (importlib compiles bytes too).
pub fn decode_source(bytes: &[u8], filename: Option<&str>) -> Result<String, SyntaxError> {
    let decoded = decode(bytes, filename)?;
    if let Some(at) = decoded.text.find('\0') {
        let msg = if filename.is_some() {
            "source code cannot contain null bytes"
        } else {
            "source code string cannot contain null bytes"
        };
        let line = line_of(decoded.text.as_bytes(), at);
        return Err(error(msg.into(), line, 0));
    }
    Ok(match normalize_newlines(&decoded.text) {
        Cow::Borrowed(_) => decoded.text,
        Cow::Owned(text) => text,
    })
}

/// Translates `\r\n` and lone `\r` line ends to `\n`, as CPython does to
/// source text before tokenizing it. Borrows when there is no `\r`.
pub fn normalize_newlines(text: &str) -> Cow<'_, str> {
    if !text.contains('\r') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('\r') {
        out.push_str(&rest[..i]);
        out.push('\n');
        rest = &rest[i + 1..];
        if let Some(after) = rest.strip_prefix('\n') {
            rest = after;
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Decodes without newline translation (the tokenize listing reports line
/// ends as written).
pub(super) fn decode(bytes: &[u8], filename: Option<&str>) -> Result<Decoded, SyntaxError> {
    let (bom, body) = match bytes.strip_prefix(BOM) {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let declared = find_declaration(body);
    let (encoding, shown) = match declared {
        None => (Encoding::Utf8, "utf-8".to_string()),
        Some((line, name)) => {
            let normal = normal_name(name);
            if bom && normal != "utf-8" {
                return Err(error(
                    format!("encoding problem: {normal} with BOM"),
                    line,
                    0,
                ));
            }
            match lookup(&normal) {
                Some(encoding) => (encoding, normal),
                None => return Err(error(format!("unknown encoding: {name}"), 0, 0)),
            }
        }
    };
    let text = match encoding {
        Encoding::Utf8 => match std::str::from_utf8(body) {
            Ok(text) => text.to_string(),
            Err(e) => return Err(utf8_error(body, e, declared.is_some(), filename)),
        },
        Encoding::Latin1 => body.iter().map(|&b| b as char).collect(),
        Encoding::Ascii => match body.iter().position(|&b| b >= 0x80) {
            None => String::from_utf8_lossy(body).into_owned(),
            Some(at) => {
                let msg = format!(
                    "'ascii' codec can't decode byte 0x{:02x} in position {at}: \
                     ordinal not in range(128)",
                    body[at]
                );
                return Err(error(msg, 0, 0));
            }
        },
    };
    Ok(Decoded {
        text,
        encoding: shown,
    })
}

/// The PEP 263 declaration: its line (1 or 2) and the encoding name. Line 2
/// counts only when line 1 is blank or a comment.
fn find_declaration(body: &[u8]) -> Option<(u32, &str)> {
    let mut lines = body.split_inclusive(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = coding_spec(first) {
        return Some((1, name));
    }
    let indent = first
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))
        .map_or(&[][..], |i| &first[i..]);
    if !matches!(indent.first(), None | Some(b'#' | b'\r' | b'\n')) {
        return None;
    }
    coding_spec(lines.next()?).map(|name| (2, name))
}

/// The name in a `# ... coding[:=] name` comment line.
fn coding_spec(line: &[u8]) -> Option<&str> {
    let start = line
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[start] != b'#' {
        return None;
    }
    let comment = &line[start..];
    let mut from = 0;
    while let Some(i) = find(&comment[from..], b"coding") {
        let after = from + i + b"coding".len();
        from = after;
        if !matches!(comment.get(after), Some(b':' | b'=')) {
            continue;
        }
        let mut j = after + 1;
        while matches!(comment.get(j), Some(b' ' | b'\t')) {
            j += 1;
        }
        let end = comment[j..]
            .iter()
            .position(|&b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')))
            .map_or(comment.len(), |k| j + k);
        if end > j {
            return std::str::from_utf8(&comment[j..end]).ok();
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// CPython's normalization of declared names: `utf-8` and `latin-1`
/// variants get their canonical spelling; other names are kept as written.
fn normal_name(name: &str) -> String {
    let head: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    if head == "utf-8" || head.starts_with("utf-8-") {
        return "utf-8".into();
    }
    let latin = ["latin-1", "iso-8859-1", "iso-latin-1"];
    if latin
        .iter()
        .any(|l| head == *l || head.starts_with(&format!("{l}-")))
    {
        return "iso-8859-1".into();
    }
    name.to_string()
}

/// The codec a declared name selects, by Python's codec aliases.
fn lookup(name: &str) -> Option<Encoding> {
    let key: String = name
        .chars()
        .map(|c| match c {
            '-' | ' ' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    match key.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => {
            Some(Encoding::Utf8)
        }
        "iso_8859_1" | "iso8859_1" | "latin_1" | "latin1" | "latin" | "l1" | "8859" | "cp819"
        | "iso8859" | "ibm819" | "iso_ir_100" | "csisolatin1" | "iso_8859_1_1987" => {
            Some(Encoding::Latin1)
        }
        "ascii" | "us_ascii" | "646" | "us" | "cp367" | "csascii" | "ibm367" | "iso646_us"
        | "iso_ir_6" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986"
        | "iso_646.irv_1991" => Some(Encoding::Ascii),
        _ => None,
    }
}

/// CPython's errors for bytes that are not UTF-8.
fn utf8_error(
    body: &[u8],
    e: std::str::Utf8Error,
    declared: bool,
    filename: Option<&str>,
) -> SyntaxError {
    let at = e.valid_up_to();
    let line = line_of(body, at);
    let line_start = body[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let col = (at - line_start) as u32;
    if !declared {
        let place = filename.map_or(String::new(), |f| format!(" in file {f}"));
        let msg = format!(
            "Non-UTF-8 code starting with '\\x{:02x}'{place} on line {line}, but no encoding \
             declared; see https://peps.python.org/pep-0263/ for details",
            body[at]
        );
        return error(msg, line, col);
    }
    let position = at - line_start;
    let (what, reason) = match e.error_len() {
        None if body.len() - at > 1 => (
            format!(
                "bytes in position {}-{}",
                position,
                position + body.len() - at - 1
            ),
            "unexpected end of data",
        ),
        None => (
            format!("byte 0x{:02x} in position {position}", body[at]),
            "unexpected end of data",
        ),
        Some(_) => {
            let reason = match body[at] {
                0x80..=0xc1 | 0xf5..=0xff => "invalid start byte",
                _ => "invalid continuation byte",
            };
            (
                format!("byte 0x{:02x} in position {position}", body[at]),
                reason,
            )
        }
    };
    let msg = format!("(unicode error) 'utf-8' codec can't decode {what}: {reason}");
    error(msg, line, 0)
}

/// The 1-based line of byte offset `at`.
fn line_of(bytes: &[u8], at: usize) -> u32 {
    bytes[..at].iter().filter(|&&b| b == b'\n').count() as u32 + 1
}

fn error(msg: String, line: u32, col: u32) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg,
        lineno: line,
        col,
        end_lineno: line,
        end_col: col,
    }
}
