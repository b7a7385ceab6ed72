//! The format-spec mini-language for numbers: `format(x, spec)` and
//! `__format__` of int, bool, float and complex.
//!
//! `[[fill]align][sign][z][#][0][width][grouping][.precision[grouping]][type]`

use super::*;
use crate::interp::complex::ComplexObject;
use crate::types::int::IntRef;

/// A parsed format spec.
struct Spec {
    fill: char,
    align: Option<char>,
    sign: Option<char>,
    no_neg_zero: bool,
    alt: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    frac_grouping: Option<char>,
    ty: Option<char>,
}

fn value_error(msg: String) -> PyErr {
    PyErr::new(&VALUE_ERROR, msg)
}

/// Reads a run of decimal digits starting at `*i`.
fn parse_count(chars: &[char], i: &mut usize) -> PyResult<Option<usize>> {
    let start = *i;
    let mut n: usize = 0;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string".into()))?;
        *i += 1;
    }
    Ok((*i > start).then_some(n))
}

fn parse_grouping(chars: &[char], i: &mut usize) -> PyResult<Option<char>> {
    let Some(&g @ (',' | '_')) = chars.get(*i) else {
        return Ok(None);
    };
    *i += 1;
    if let Some(&other @ (',' | '_')) = chars.get(*i) {
        if other != g {
            return Err(value_error("Cannot specify both ',' and '_'.".into()));
        }
    }
    Ok(Some(g))
}

fn parse(spec: &str, type_name: &str) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    let mut i = 0;
    let (mut fill, mut align) = (None, None);
    if chars.len() >= 2 && is_align(chars[1]) {
        fill = Some(chars[0]);
        align = Some(chars[1]);
        i = 2;
    } else if chars.first().is_some_and(|&c| is_align(c)) {
        align = Some(chars[0]);
        i = 1;
    }
    let mut sign = None;
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(i) {
        sign = Some(c);
        i += 1;
    }
    let no_neg_zero = chars.get(i) == Some(&'z');
    i += usize::from(no_neg_zero);
    let alt = chars.get(i) == Some(&'#');
    i += usize::from(alt);
    if chars.get(i) == Some(&'0') {
        // "0" before the width: zero padding between sign and digits
        // unless a fill or an alignment says otherwise.
        fill.get_or_insert('0');
        align.get_or_insert('=');
        i += 1;
    }
    let width = parse_count(&chars, &mut i)?.unwrap_or(0);
    let grouping = parse_grouping(&chars, &mut i)?;
    let mut precision = None;
    let mut frac_grouping = None;
    if chars.get(i) == Some(&'.') {
        i += 1;
        precision = Some(
            parse_count(&chars, &mut i)?
                .ok_or_else(|| value_error("Format specifier missing precision".into()))?,
        );
        frac_grouping = parse_grouping(&chars, &mut i)?;
    }
    if chars.len() - i > 1 {
        return Err(value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    let ty = chars.get(i).copied();
    if let Some(g) = grouping {
        let ok = match ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'F' | 'G' | '%') => true,
            Some('b' | 'o' | 'x' | 'X') => g == '_',
            _ => false,
        };
        if !ok {
            return Err(value_error(format!(
                "Cannot specify '{g}' with '{}'.",
                ty.unwrap_or(' ')
            )));
        }
    }
    Ok(Spec {
        fill: fill.unwrap_or(' '),
        align,
        sign,
        no_neg_zero,
        alt,
        width,
        grouping,
        precision,
        frac_grouping,
        ty,
    })
}

/// A number laid out for padding: sign, prefix ("0x"), the integer digits
/// (grouped), and the rest (fraction, exponent, suffix).
struct Parts {
    negative: bool,
    prefix: &'static str,
    digits: String,
    rest: String,
    /// Digits per group: 3 for decimal, 4 for binary/octal/hex.
    group: usize,
}

/// Inserts `sep` every `group` digits from the right; with `min_width`,
/// pads with zeros (grouped too) to at least that width, never starting
/// with a separator.
fn group_digits(digits: &str, sep: Option<char>, group: usize, min_width: usize) -> String {
    let Some(sep) = sep else {
        let pad = min_width.saturating_sub(digits.len());
        return format!("{}{digits}", "0".repeat(pad));
    };
    let mut out: Vec<char> = Vec::new();
    let mut in_group = 0;
    let mut it = digits.chars().rev();
    loop {
        let next = it.next();
        if next.is_none() && out.len() >= min_width {
            break;
        }
        if in_group == group {
            out.push(sep);
            in_group = 0;
            if next.is_none() && out.len() >= min_width {
                out.push('0');
                break;
            }
        }
        out.push(next.unwrap_or('0'));
        in_group += 1;
    }
    out.iter().rev().collect()
}

/// Groups the digits after the decimal point from the left (3.14's
/// fractional grouping).
fn group_fraction(rest: &str, sep: char) -> String {
    let Some(frac) = rest.strip_prefix('.') else {
        return rest.to_string();
    };
    let end = frac
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(frac.len());
    let mut out = String::from(".");
    for (k, c) in frac[..end].chars().enumerate() {
        if k > 0 && k % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out.push_str(&frac[end..]);
    out
}

fn sign_str(spec: &Spec, negative: bool) -> &'static str {
    match (negative, spec.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// The body of one number without padding, the sign applied; `min_width`
/// for zero padding inside the digits.
fn render(spec: &Spec, p: &Parts, sign: &str, min_width: usize) -> String {
    let numeric = p.digits.bytes().all(|b| b.is_ascii_hexdigit());
    let digits = if numeric {
        group_digits(&p.digits, spec.grouping, p.group, min_width)
    } else {
        format!(
            "{}{}",
            "0".repeat(min_width.saturating_sub(p.digits.len())),
            p.digits
        )
    };
    let rest = match spec.frac_grouping {
        Some(g) => group_fraction(&p.rest, g),
        None => p.rest.clone(),
    };
    format!("{sign}{}{digits}{rest}", p.prefix)
}

/// Pads `body` to the spec's width.
fn pad(spec: &Spec, body: String, default_align: char) -> String {
    let len = body.chars().count();
    if len >= spec.width {
        return body;
    }
    let n = spec.width - len;
    let fills = |k: usize| std::iter::repeat_n(spec.fill, k).collect::<String>();
    match spec.align.unwrap_or(default_align) {
        '<' => body + &fills(n),
        '^' => format!("{}{body}{}", fills(n / 2), fills(n - n / 2)),
        _ => fills(n) + &body,
    }
}

/// Sign, padding and grouping of a single real number.
fn finish(spec: &Spec, p: Parts) -> String {
    let sign = sign_str(spec, p.negative);
    if spec.align == Some('=') {
        let fixed = sign.len() + p.prefix.len() + p.rest.chars().count();
        let room = spec.width.saturating_sub(fixed);
        if spec.fill == '0' {
            return render(spec, &p, sign, room);
        }
        let body = render(spec, &p, "", 0);
        let n = spec.width.saturating_sub(sign.len() + body.chars().count());
        let fills: String = std::iter::repeat_n(spec.fill, n).collect();
        let (prefix, digits) = body.split_at(p.prefix.len());
        return format!("{sign}{prefix}{fills}{digits}");
    }
    pad(spec, render(spec, &p, sign, 0), '>')
}

/// `format(i, spec)` for an int.
fn format_int(v: &Value, i: IntRef<'_>, spec: &str) -> PyResult<String> {
    let type_name = &v.type_of().name;
    let sp = parse(spec, type_name)?;
    let ty = sp.ty.unwrap_or('d');
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        return Ok(format_float_spec(&sp, i.to_f64()?));
    }
    if sp.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier".into(),
        ));
    }
    if sp.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier".into(),
        ));
    }
    let negative = match i {
        IntRef::Small(n) => n < 0,
        IntRef::Big(b) => b.is_negative(),
    };
    let radix_digits = |radix: u32| -> String {
        match i {
            IntRef::Small(n) => match radix {
                2 => format!("{:b}", n.unsigned_abs()),
                8 => format!("{:o}", n.unsigned_abs()),
                _ => format!("{:x}", n.unsigned_abs()),
            },
            IntRef::Big(b) => b.abs().to_str_radix(radix),
        }
    };
    let (prefix, digits, group) = match ty {
        'd' | 'n' => {
            let s = int::to_decimal_string(i)?;
            ("", s.trim_start_matches('-').to_string(), 3)
        }
        'b' => ("0b", radix_digits(2), 4),
        'o' => ("0o", radix_digits(8), 4),
        'x' => ("0x", radix_digits(16), 4),
        'X' => ("0X", radix_digits(16).to_ascii_uppercase(), 4),
        'c' => {
            if sp.sign.is_some() {
                return Err(value_error(
                    "Sign not allowed with integer format specifier 'c'".into(),
                ));
            }
            if sp.alt {
                return Err(value_error(
                    "Alternate form (#) not allowed with integer format specifier 'c'".into(),
                ));
            }
            let c = i
                .to_i64()
                .and_then(|n| u32::try_from(n).ok())
                .filter(|&n| n < 0x110000)
                .ok_or_else(|| {
                    PyErr::new(&exceptions::OVERFLOW_ERROR, "%c arg not in range(0x110000)")
                })?;
            let text = pystr::to_string_lossy(&pystr::char_str(c));
            return Ok(pad(&sp, text, '<'));
        }
        other => {
            return Err(value_error(format!(
                "Unknown format code '{other}' for object of type '{type_name}'"
            )))
        }
    };
    let prefix = if sp.alt { prefix } else { "" };
    Ok(finish(
        &sp,
        Parts {
            negative,
            prefix,
            digits,
            rest: String::new(),
            group,
        },
    ))
}

/// Splits a formatted magnitude into integer digits and the rest.
fn split_number(body: &str) -> (String, String) {
    let end = body
        .find(|c: char| !c.is_ascii_alphanumeric() || c == 'e' || c == 'E')
        .unwrap_or(body.len());
    // "inf"/"nan" are all letters: keep them whole.
    let end = if body.starts_with(['i', 'n', 'I', 'N']) {
        body.len()
    } else {
        end
    };
    (body[..end].to_string(), body[end..].to_string())
}

/// The float text for a spec (without sign) and whether it is negative:
/// code, precision and flags as CPython's `format_float_internal` chooses
/// them. The parts of a complex number do not get the ".0" of an
/// integral float.
fn float_text(sp: &Spec, x: f64, complex_part: bool) -> (String, bool) {
    let (code, precision, add_dot_0) = match sp.ty {
        None => match sp.precision {
            Some(p) => ('g', p, !complex_part),
            None => ('r', 0, !complex_part),
        },
        Some('n') => ('g', sp.precision.unwrap_or(6), false),
        Some('%') => ('f', sp.precision.unwrap_or(6), false),
        Some(c) => (c, sp.precision.unwrap_or(6), false),
    };
    let x = if sp.ty == Some('%') { x * 100.0 } else { x };
    let s = float::format_f64(x, code, precision, sp.alt, add_dot_0);
    let (negative, body) = match s.strip_prefix('-') {
        Some(b) => (true, b.to_string()),
        None => (false, s),
    };
    // `z`: a result that reads as zero loses its sign.
    let mantissa = body.split(['e', 'E']).next().unwrap_or("");
    let zero = mantissa.bytes().all(|b| b == b'0' || b == b'.');
    let negative = negative && !(sp.no_neg_zero && zero);
    let body = if sp.ty == Some('%') { body + "%" } else { body };
    (body, negative)
}

fn format_float_spec(sp: &Spec, x: f64) -> String {
    let (body, negative) = float_text(sp, x, false);
    let (digits, rest) = split_number(&body);
    finish(
        sp,
        Parts {
            negative,
            prefix: "",
            digits,
            rest,
            group: 3,
        },
    )
}

fn format_float(v: &Value, x: f64, spec: &str) -> PyResult<String> {
    let type_name = &v.type_of().name;
    let sp = parse(spec, type_name)?;
    match sp.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => Ok(format_float_spec(&sp, x)),
        Some(other) => Err(value_error(format!(
            "Unknown format code '{other}' for object of type '{type_name}'"
        ))),
    }
}

fn format_complex(v: &Value, re: f64, im: f64, spec: &str) -> PyResult<String> {
    let type_name = &v.type_of().name;
    let sp = parse(spec, type_name)?;
    match sp.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(other) => {
            return Err(value_error(format!(
                "Unknown format code '{other}' for object of type '{type_name}'"
            )))
        }
    }
    if sp.fill == '0' {
        return Err(value_error(
            "Zero padding is not allowed in complex format specifier".into(),
        ));
    }
    if sp.align == Some('=') {
        return Err(value_error(
            "'=' alignment flag is not allowed in complex format specifier".into(),
        ));
    }
    // With no type: the real part is left out when it is +0, parentheses
    // surround both parts, and precision means 'g'.
    let bare = sp.ty.is_none();
    let skip_re = bare && re == 0.0 && re.is_sign_positive();
    let part = |x: f64, sign: &str| -> String {
        let (body, negative) = float_text(&sp, x, true);
        let (digits, rest) = split_number(&body);
        let p = Parts {
            negative,
            prefix: "",
            digits,
            rest,
            group: 3,
        };
        let sign = if negative { "-" } else { sign };
        render(&sp, &p, sign, 0)
    };
    let re_sign = sign_str(&sp, false);
    let im_text = part(im, "+");
    let body = if skip_re {
        // The imaginary part alone takes the spec's sign.
        let im_alone = part(im, re_sign);
        format!("{im_alone}j")
    } else {
        let re_text = part(re, re_sign);
        if bare {
            format!("({re_text}{im_text}j)")
        } else {
            format!("{re_text}{im_text}j")
        }
    };
    Ok(pad(&sp, body, '>'))
}

/// `format(v, spec)` when `v` is a number; `None` for other objects.
pub fn format_number(v: &Value, spec: &str) -> Option<PyResult<Value>> {
    let text = if let Some(i) = int::as_int(v) {
        if spec.is_empty() {
            return Some(ops::str(v));
        }
        format_int(v, i, spec)
    } else if let Some(x) = float::as_f64(v) {
        if spec.is_empty() {
            return Some(ops::str(v));
        }
        format_float(v, x, spec)
    } else if let Some(c) = v.downcast::<ComplexObject>() {
        if spec.is_empty() {
            return Some(ops::str(v));
        }
        format_complex(v, c.re, c.im, spec)
    } else {
        return None;
    };
    Some(text.map(|t| pystr::new(&t)))
}

/// `int.__format__`, `float.__format__`, `complex.__format__`.
pub(super) fn m_number_format(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let Some(spec) = a.get(1).filter(|_| a.len() == 2) else {
        return Err(type_error(format!(
            "{}.__format__() takes exactly one argument ({} given)",
            a[0].type_of().name,
            a.len() - 1
        )));
    };
    let Some(spec) = pystr::as_str(spec) else {
        return Err(type_error(format!(
            "__format__() argument must be str, not {}",
            spec.type_of().name
        )));
    };
    format_number(&a[0], spec).unwrap_or_else(|| ops::str(&a[0]))
}
