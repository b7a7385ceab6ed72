//! Strings that are UTF-8 except that they may also hold lone surrogate code
//! points (U+D800..U+DFFF), encoded as their generalized 3-byte UTF-8 form.
//!
//! A Python `str` can contain lone surrogates (`"\ud800"` is a valid
//! literal), which Rust's `String` cannot. Every other code point is stored
//! exactly as in UTF-8, so a `Wtf8Buf` without surrogates is valid UTF-8.

use std::fmt;

#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Wtf8Buf {
    bytes: Vec<u8>,
}

impl Wtf8Buf {
    pub fn new() -> Wtf8Buf {
        Wtf8Buf { bytes: Vec::new() }
    }

    pub fn with_capacity(capacity: usize) -> Wtf8Buf {
        Wtf8Buf {
            bytes: Vec::with_capacity(capacity),
        }
    }

    pub fn push_str(&mut self, s: &str) {
        self.bytes.extend_from_slice(s.as_bytes());
    }

    pub fn push_wtf8(&mut self, other: &Wtf8Buf) {
        self.bytes.extend_from_slice(&other.bytes);
    }

    pub fn push(&mut self, c: char) {
        let mut buf = [0u8; 4];
        self.bytes
            .extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }

    /// Appends any code point up to U+10FFFF, surrogates included.
    /// Returns false (and appends nothing) for a value beyond U+10FFFF.
    pub fn push_code_point(&mut self, cp: u32) -> bool {
        if let Some(c) = char::from_u32(cp) {
            self.push(c);
            true
        } else if (0xD800..=0xDFFF).contains(&cp) {
            self.bytes.extend_from_slice(&[
                0xE0 | (cp >> 12) as u8,
                0x80 | ((cp >> 6) & 0x3F) as u8,
                0x80 | (cp & 0x3F) as u8,
            ]);
            true
        } else {
            false
        }
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// The text as a `&str`, if it holds no surrogates.
    pub fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.bytes).ok()
    }

    /// The code points, surrogates included.
    pub fn code_points(&self) -> CodePoints<'_> {
        CodePoints { bytes: &self.bytes }
    }
}

impl From<&str> for Wtf8Buf {
    fn from(s: &str) -> Wtf8Buf {
        Wtf8Buf {
            bytes: s.as_bytes().to_vec(),
        }
    }
}

impl From<String> for Wtf8Buf {
    fn from(s: String) -> Wtf8Buf {
        Wtf8Buf {
            bytes: s.into_bytes(),
        }
    }
}

impl fmt::Debug for Wtf8Buf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for cp in self.code_points() {
            match char::from_u32(cp) {
                Some(c) => write!(f, "{}", c.escape_debug())?,
                None => write!(f, "\\u{{{cp:x}}}")?,
            }
        }
        f.write_str("\"")
    }
}

/// Iterator over the code points of a [`Wtf8Buf`].
pub struct CodePoints<'a> {
    bytes: &'a [u8],
}

impl Iterator for CodePoints<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let (&b0, rest) = self.bytes.split_first()?;
        // The buffer only ever holds well-formed generalized UTF-8, so the
        // length follows from the first byte.
        let (len, init) = match b0 {
            0x00..=0x7F => (1, b0 as u32),
            0xC0..=0xDF => (2, (b0 & 0x1F) as u32),
            0xE0..=0xEF => (3, (b0 & 0x0F) as u32),
            _ => (4, (b0 & 0x07) as u32),
        };
        let cp = rest[..len - 1]
            .iter()
            .fold(init, |acc, &b| (acc << 6) | (b & 0x3F) as u32);
        self.bytes = &self.bytes[len..];
        Some(cp)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_round_trip() {
        let mut s = Wtf8Buf::from("a\u{e9}");
        assert!(s.push_code_point(0xD800));
        assert!(s.push_code_point(0x1F600));
        assert!(!s.push_code_point(0x110000));
        assert_eq!(
            s.code_points().collect::<Vec<_>>(),
            vec![0x61, 0xE9, 0xD800, 0x1F600]
        );
        assert_eq!(s.as_str(), None);
        assert_eq!(Wtf8Buf::from("ok").as_str(), Some("ok"));
    }
}
