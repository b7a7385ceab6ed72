//! `ascii()`, `format()` with the format-spec mini-language, and
//! `%`-formatting.

use super::*;

/// `repr` with non-ASCII escaped.
pub fn ascii(v: &Value) -> PyResult<Value> {
    let r = s(&ops::repr(v)?);
    let mut out = String::new();
    for c in r.chars() {
        let cp = c as u32;
        if cp < 128 {
            out.push(c);
        } else if cp < 256 {
            out.push_str(&format!("\\x{cp:02x}"));
        } else if cp < 0x10000 {
            out.push_str(&format!("\\u{cp:04x}"));
        } else {
            out.push_str(&format!("\\U{cp:08x}"));
        }
    }
    Ok(pystr::new(&out))
}

/// `format(v, spec)` for the built-in types (fill, align, sign, width,
/// grouping, precision and type), `__format__` for user classes.
pub fn format(v: &Value, spec: &str) -> PyResult<Value> {
    if v.type_of().has_flag(crate::object::tpflags::HEAPTYPE) {
        if let Some(f) = attrs::lookup_special(v, "__format__")? {
            return call_object(&attrs::bind(f, v)?, &[pystr::new(spec)], &[]);
        }
    }
    if let Some(r) = super::number_format::format_number(v, spec) {
        return r;
    }
    if spec.is_empty() {
        return ops::str(v);
    }
    let mut chars: Vec<char> = spec.chars().collect();
    let mut fill = ' ';
    let mut align = None;
    if chars.len() >= 2 && "<>^=".contains(chars[1]) {
        fill = chars[0];
        align = Some(chars[1]);
        chars.drain(..2);
    } else if !chars.is_empty() && "<>^=".contains(chars[0]) {
        align = Some(chars[0]);
        chars.remove(0);
    }
    let mut sign = '-';
    if !chars.is_empty() && "+- ".contains(chars[0]) {
        sign = chars.remove(0);
    }
    let mut alt = false;
    if !chars.is_empty() && chars[0] == '#' {
        alt = true;
        chars.remove(0);
    }
    if !chars.is_empty() && chars[0] == '0' && align.is_none() {
        fill = '0';
        align = Some('=');
        chars.remove(0);
    }
    let rest: String = chars.iter().collect();
    let digits_end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let width: usize = rest[..digits_end].parse().unwrap_or(0);
    let mut rest = &rest[digits_end..];
    let mut grouping = None;
    if rest.starts_with(',') || rest.starts_with('_') {
        grouping = rest.chars().next();
        rest = &rest[1..];
    }
    let mut precision = None;
    if let Some(r) = rest.strip_prefix('.') {
        let e = r.find(|c: char| !c.is_ascii_digit()).unwrap_or(r.len());
        precision = r[..e].parse::<usize>().ok();
        rest = &r[e..];
    }
    let ty = rest.chars().next();
    let is_num = int::as_int(v).is_some() || float::as_f64(v).is_some();
    let (neg, mut body) = if let Some(f) = float::as_f64(v).filter(|_| int::as_int(v).is_none()) {
        let p = precision.unwrap_or(6);
        let b = match ty {
            Some('f') | Some('F') => format!("{:.*}", p, f.abs()),
            Some('e') | Some('E') => {
                let s = format!("{:.*e}", p, f.abs());
                let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
                let e: i32 = e.parse().unwrap_or(0);
                let r = format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
                if ty == Some('E') {
                    r.to_uppercase()
                } else {
                    r
                }
            }
            Some('%') => format!("{:.*}%", p, f.abs() * 100.0),
            Some('g') | Some('G') | None if precision.is_some() || ty.is_some() => {
                let r = format!("{:.*e}", p.max(1) - 1, f.abs());
                let (_, e) = r.split_once('e').unwrap_or(("", "0"));
                let e: i32 = e.parse().unwrap_or(0);
                if e < -4 || e >= p.max(1) as i32 {
                    let s = format!("{:.*e}", p.max(1) - 1, f.abs());
                    let (m, ex) = s.split_once('e').unwrap_or((&s, "0"));
                    let m = if m.contains('.') {
                        m.trim_end_matches('0').trim_end_matches('.')
                    } else {
                        m
                    };
                    let ex: i32 = ex.parse().unwrap_or(0);
                    format!("{m}e{}{:02}", if ex < 0 { '-' } else { '+' }, ex.abs())
                } else {
                    let s = format!("{:.*}", (p.max(1) as i32 - 1 - e).max(0) as usize, f.abs());
                    if s.contains('.') {
                        s.trim_end_matches('0').trim_end_matches('.').to_string()
                    } else {
                        s
                    }
                }
            }
            _ => s(&ops::repr(&float::new(f.abs()))?),
        };
        (
            f.is_sign_negative() && !(f == 0.0 && b.chars().all(|c| c == '0' || c == '.'))
                || (f < 0.0),
            b,
        )
    } else if let Some(i) = int::as_int(v) {
        let n = i.to_i64();
        let txt = s(&ops::str(v)?);
        let neg = txt.starts_with('-');
        let mag = txt.trim_start_matches('-').to_string();
        let b = match (ty, n) {
            (Some('x'), Some(n)) => {
                format!("{}{:x}", if alt { "0x" } else { "" }, n.unsigned_abs())
            }
            (Some('X'), Some(n)) => {
                format!("{}{:X}", if alt { "0X" } else { "" }, n.unsigned_abs())
            }
            (Some('o'), Some(n)) => {
                format!("{}{:o}", if alt { "0o" } else { "" }, n.unsigned_abs())
            }
            (Some('b'), Some(n)) => {
                format!("{}{:b}", if alt { "0b" } else { "" }, n.unsigned_abs())
            }
            (Some('c'), Some(n)) => char::from_u32(n as u32)
                .map(String::from)
                .unwrap_or_default(),
            (Some('f') | Some('F') | Some('e') | Some('%') | Some('g'), _) => {
                return format(&float::new(i.to_f64()?), spec);
            }
            _ => mag,
        };
        (neg, b)
    } else {
        let t = s(&ops::str(v)?);
        let t = match precision {
            Some(p) => t.chars().take(p).collect(),
            None => t,
        };
        (false, t)
    };
    if let Some(g) = grouping {
        let (intpart, frac) = match body.find('.') {
            Some(p) => (body[..p].to_string(), body[p..].to_string()),
            None => (body.clone(), String::new()),
        };
        if intpart.chars().all(|c| c.is_ascii_digit()) {
            let mut out = String::new();
            for (i, c) in intpart.chars().enumerate() {
                if i > 0 && (intpart.len() - i) % 3 == 0 {
                    out.push(g);
                }
                out.push(c);
            }
            body = out + &frac;
        }
    }
    let sign_str = if neg {
        "-"
    } else if sign == '+' && is_num {
        "+"
    } else if sign == ' ' && is_num {
        " "
    } else {
        ""
    };
    let total = sign_str.chars().count() + body.chars().count();
    let pad = width.saturating_sub(total);
    let align = align.unwrap_or(if is_num { '>' } else { '<' });
    let fills = |n: usize| std::iter::repeat_n(fill, n).collect::<String>();
    let out = match align {
        '<' => format!("{sign_str}{body}{}", fills(pad)),
        '^' => format!("{}{sign_str}{body}{}", fills(pad / 2), fills(pad - pad / 2)),
        '=' => format!("{sign_str}{}{body}", fills(pad)),
        _ => format!("{}{sign_str}{body}", fills(pad)),
    };
    Ok(pystr::new(&out))
}

/// `fmt % args` for str (printf-style formatting).
pub fn percent_format(fmt: &str, args: &Value) -> PyResult<Value> {
    let items: Vec<Value> = if args
        .downcast_exact::<crate::types::tuple::TupleObject>()
        .is_some()
    {
        tuple::items(args).to_vec()
    } else {
        vec![args.clone()]
    };
    let mapping = is_mapping(args).then(|| args.clone());
    let mut next = 0;
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut key = None;
        if i < chars.len() && chars[i] == '(' {
            let end = chars[i..]
                .iter()
                .position(|&x| x == ')')
                .map(|p| p + i)
                .ok_or_else(|| PyErr::new(&VALUE_ERROR, "incomplete format key"))?;
            key = Some(chars[i + 1..end].iter().collect::<String>());
            i = end + 1;
        }
        let mut flags = String::new();
        while i < chars.len() && "-+ #0".contains(chars[i]) {
            flags.push(chars[i]);
            i += 1;
        }
        let mut width = String::new();
        while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '*') {
            width.push(chars[i]);
            i += 1;
        }
        let mut prec = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            let mut p = String::new();
            while i < chars.len() && chars[i].is_ascii_digit() {
                p.push(chars[i]);
                i += 1;
            }
            prec = Some(p);
        }
        let Some(&conv) = chars.get(i) else {
            return Err(PyErr::new(&VALUE_ERROR, "incomplete format"));
        };
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let v = match (&key, &mapping) {
            (Some(k), Some(m)) => attrs::getitem(m, &pystr::new(k))?,
            (Some(_), None) => return Err(type_error("format requires a mapping")),
            _ => {
                let v = items
                    .get(next)
                    .cloned()
                    .ok_or_else(|| type_error("not enough arguments for format string"))?;
                next += 1;
                v
            }
        };
        let align = if flags.contains('-') { "<" } else { ">" };
        let sign = if flags.contains('+') {
            "+"
        } else if flags.contains(' ') {
            " "
        } else {
            ""
        };
        let zero = if flags.contains('0') && !flags.contains('-') {
            "0"
        } else {
            ""
        };
        let alt = if flags.contains('#') { "#" } else { "" };
        let p = prec
            .as_ref()
            .map(|p| format!(".{}", if p.is_empty() { "0" } else { p }))
            .unwrap_or_default();
        let text = match conv {
            's' | 'r' | 'a' => {
                let t = match conv {
                    's' => ops::str(&v)?,
                    'r' => ops::repr(&v)?,
                    _ => ascii(&v)?,
                };
                format(&t, &format!("{align}{width}{p}"))?
            }
            'd' | 'i' | 'u' => {
                if int::as_int(&v).is_none() && float::as_f64(&v).is_none() {
                    return Err(type_error(format!(
                        "%{conv} format: a real number is required, not {}",
                        v.type_of().name
                    )));
                }
                let iv = if float::as_f64(&v).is_some() && int::as_int(&v).is_none() {
                    float::to_int(float::as_f64(&v).unwrap_or(0.0).trunc())?
                } else {
                    v.clone()
                };
                let spec = if zero.is_empty() {
                    format!("{align}{sign}{width}d")
                } else {
                    format!("{sign}0{width}d")
                };
                format(&iv, &spec)?
            }
            'x' | 'X' | 'o' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'c' => {
                let spec = if zero.is_empty() {
                    format!("{align}{sign}{alt}{width}{p}{conv}")
                } else {
                    format!("{sign}{alt}0{width}{p}{conv}")
                };
                format(&v, &spec)?
            }
            other => {
                return Err(PyErr::new(
                    &VALUE_ERROR,
                    format!(
                        "unsupported format character '{other}' (0x{:x}) at index {}",
                        other as u32,
                        i - 1
                    ),
                ))
            }
        };
        out.push_str(&s(&text));
    }
    if mapping.is_none() && next < items.len() {
        return Err(type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(pystr::new(&out))
}
