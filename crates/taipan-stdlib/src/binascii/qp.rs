//! Quoted-printable (RFC 1521, and RFC 1522 headers) as CPython's
//! binascii writes and reads it.

const MAX_LINE: usize = 76;
const HEX: &[u8; 16] = b"0123456789ABCDEF";

pub(super) struct Options {
    pub quotetabs: bool,
    pub istext: bool,
    pub header: bool,
}

fn push_escaped(out: &mut Vec<u8>, c: u8) {
    out.extend_from_slice(&[b'=', HEX[usize::from(c >> 4)], HEX[usize::from(c & 15)]]);
}

fn soft_break(out: &mut Vec<u8>, crlf: bool) {
    out.push(b'=');
    if crlf {
        out.push(b'\r');
    }
    out.push(b'\n');
}

/// Whether byte `i` of `data` must be written as `=XX`.
fn needs_escape(data: &[u8], i: usize, line_len: usize, o: &Options) -> bool {
    let c = data[i];
    let next = data.get(i + 1).copied();
    c > 126
        || c == b'='
        || (o.header && c == b'_')
        || (c == b'.' && line_len == 0 && matches!(next, None | Some(b'\n' | b'\r' | 0)))
        || (!o.istext && (c == b'\r' || c == b'\n'))
        || ((c == b'\t' || c == b' ') && next.is_none())
        || (c < 33 && c != b'\r' && c != b'\n' && (o.quotetabs || (c != b'\t' && c != b' ')))
}

pub(super) fn encode(data: &[u8], o: &Options) -> Vec<u8> {
    // Lines end as the data's first line does: "\r\n" or "\n".
    let crlf = data
        .iter()
        .position(|&c| c == b'\n')
        .is_some_and(|p| p > 0 && data[p - 1] == b'\r');
    let mut out = Vec::with_capacity(data.len() * 3 / 2);
    let mut line_len = 0;
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if needs_escape(data, i, line_len, o) {
            if line_len + 3 >= MAX_LINE {
                soft_break(&mut out, crlf);
                line_len = 0;
            }
            push_escaped(&mut out, c);
            line_len += 3;
            i += 1;
        } else if o.istext && (c == b'\n' || (c == b'\r' && data.get(i + 1) == Some(&b'\n'))) {
            line_len = 0;
            // Whitespace before a line end would be lost in transit.
            if let Some(&last @ (b' ' | b'\t')) = out.last() {
                out.pop();
                push_escaped(&mut out, last);
            }
            if crlf {
                out.push(b'\r');
            }
            out.push(b'\n');
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            let next = data.get(i + 1);
            if next.is_some() && next != Some(&b'\n') && line_len + 1 >= MAX_LINE {
                soft_break(&mut out, crlf);
                line_len = 0;
            }
            line_len += 1;
            out.push(if o.header && c == b' ' { b'_' } else { c });
            i += 1;
        }
    }
    out
}

fn hex_value(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

pub(super) fn decode(data: &[u8], header: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        i += 1;
        if c == b'=' {
            let Some(&n) = data.get(i) else { break };
            if n == b'\n' || n == b'\r' {
                // A soft line break: skip to after the line end.
                while i < data.len() && data[i] != b'\n' {
                    i += 1;
                }
                i = (i + 1).min(data.len());
            } else if n == b'=' {
                out.push(b'=');
                i += 1;
            } else if let (Some(h), Some(l)) =
                (hex_value(n), data.get(i + 1).and_then(|&c| hex_value(c)))
            {
                out.push(h << 4 | l);
                i += 2;
            } else {
                out.push(b'=');
            }
        } else if header && c == b'_' {
            out.push(b' ');
        } else {
            out.push(c);
        }
    }
    out
}
