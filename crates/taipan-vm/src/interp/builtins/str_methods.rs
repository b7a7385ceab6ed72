//! Methods of str.

use super::*;

pub(super) fn s(v: &Value) -> String {
    pystr::to_string_lossy(v)
}
pub(super) fn m_str_join(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let sep = s(&a[0]);
    let mut parts = Vec::new();
    for (i, x) in collect(&a[1])?.iter().enumerate() {
        if pystr::as_str(x).is_none() && !x.type_of().is_subtype_of(&crate::types::str::STR_TYPE) {
            return Err(type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                x.type_of().name
            )));
        }
        parts.push(s(x));
    }
    Ok(pystr::new(&parts.join(&sep)))
}
pub(super) fn m_str_split(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let text = s(&a[0]);
    let n = a.len() - k.len();
    let sep = a
        .get(1)
        .filter(|_| n > 1)
        .cloned()
        .or_else(|| kw_get(a, k, "sep").cloned())
        .filter(|v| !singletons::is_none(v));
    let maxsplit = a
        .get(2)
        .filter(|_| n > 2)
        .cloned()
        .or_else(|| kw_get(a, k, "maxsplit").cloned())
        .and_then(|v| v.as_small_int())
        .unwrap_or(-1);
    let parts: Vec<Value> = match sep {
        None => {
            if maxsplit < 0 {
                text.split_whitespace().map(pystr::new).collect()
            } else {
                let mut out = Vec::new();
                let mut rest = text.trim_start();
                let mut count = 0;
                while !rest.is_empty() {
                    if count == maxsplit {
                        out.push(pystr::new(rest));
                        break;
                    }
                    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                    out.push(pystr::new(&rest[..end]));
                    rest = rest[end..].trim_start();
                    count += 1;
                }
                out
            }
        }
        Some(sp) => {
            let sp = s(&sp);
            if sp.is_empty() {
                return Err(PyErr::new(&VALUE_ERROR, "empty separator"));
            }
            if maxsplit < 0 {
                text.split(sp.as_str()).map(pystr::new).collect()
            } else {
                text.splitn(maxsplit as usize + 1, sp.as_str())
                    .map(pystr::new)
                    .collect()
            }
        }
    };
    Ok(list::new(parts))
}
pub(super) fn m_str_strip(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(pystr::new(
        match a.get(1).filter(|v| !singletons::is_none(v)) {
            Some(c) => {
                let cs: Vec<char> = s(c).chars().collect();
                t.trim_matches(|ch| cs.contains(&ch)).to_string()
            }
            None => t.trim().to_string(),
        }
        .as_str(),
    ))
}
pub(super) fn m_str_lstrip(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(pystr::new(
        match a.get(1).filter(|v| !singletons::is_none(v)) {
            Some(c) => {
                let cs: Vec<char> = s(c).chars().collect();
                t.trim_start_matches(|ch| cs.contains(&ch)).to_string()
            }
            None => t.trim_start().to_string(),
        }
        .as_str(),
    ))
}
pub(super) fn m_str_rstrip(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(pystr::new(
        match a.get(1).filter(|v| !singletons::is_none(v)) {
            Some(c) => {
                let cs: Vec<char> = s(c).chars().collect();
                t.trim_end_matches(|ch| cs.contains(&ch)).to_string()
            }
            None => t.trim_end().to_string(),
        }
        .as_str(),
    ))
}
pub(super) fn m_str_upper(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(pystr::new(&s(&a[0]).to_uppercase()))
}
pub(super) fn m_str_lower(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(pystr::new(&s(&a[0]).to_lowercase()))
}
pub(super) fn m_str_replace(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    match a.get(3).and_then(Value::as_small_int) {
        Some(n) if n >= 0 => Ok(pystr::new(&s(&a[0]).replacen(
            &s(&a[1]),
            &s(&a[2]),
            n as usize,
        ))),
        _ => Ok(pystr::new(&s(&a[0]).replace(&s(&a[1]), &s(&a[2])))),
    }
}
pub(super) fn m_str_startswith(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    if a[1]
        .downcast::<crate::types::tuple::TupleObject>()
        .is_some()
    {
        return Ok(singletons::bool(
            tuple::items(&a[1]).iter().any(|p| t.starts_with(&s(p))),
        ));
    }
    Ok(singletons::bool(t.starts_with(&s(&a[1]))))
}
pub(super) fn m_str_endswith(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    if a[1]
        .downcast::<crate::types::tuple::TupleObject>()
        .is_some()
    {
        return Ok(singletons::bool(
            tuple::items(&a[1]).iter().any(|p| t.ends_with(&s(p))),
        ));
    }
    Ok(singletons::bool(t.ends_with(&s(&a[1]))))
}
pub(super) fn m_str_find(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(int::from_i64(match t.find(&s(&a[1])) {
        Some(b) => t[..b].chars().count() as i64,
        None => -1,
    }))
}
pub(super) fn m_str_format(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    let n = a.len() - k.len();
    let mut out = String::new();
    let mut auto = 1;
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '{' {
            if chars.peek() == Some(&'{') {
                chars.next();
                out.push('{');
                continue;
            }
            let mut field = String::new();
            for d in chars.by_ref() {
                if d == '}' {
                    break;
                }
                field.push(d);
            }
            let (name, spec) = match field.split_once(':') {
                Some((x, y)) => (x.to_string(), y.to_string()),
                None => (field.clone(), String::new()),
            };
            let (name, conv) = match name.split_once('!') {
                Some((x, y)) => (x.to_string(), y.to_string()),
                None => (name, String::new()),
            };
            let v = if name.is_empty() {
                let v = a.get(auto).filter(|_| auto < n).cloned().ok_or_else(|| {
                    PyErr::new(
                        &exceptions::INDEX_ERROR,
                        format!(
                            "Replacement index {} out of range for positional args tuple",
                            auto - 1
                        ),
                    )
                })?;
                auto += 1;
                v
            } else if let Ok(i) = name.parse::<usize>() {
                a.get(i + 1).filter(|_| i + 1 < n).cloned().ok_or_else(|| {
                    PyErr::new(
                        &exceptions::INDEX_ERROR,
                        format!("Replacement index {i} out of range for positional args tuple"),
                    )
                })?
            } else {
                let (base, attr) = match name.split_once('.') {
                    Some((x, y)) => (x.to_string(), Some(y.to_string())),
                    None => (name.clone(), None),
                };
                let v = kw_get(a, k, &base).cloned().ok_or_else(|| {
                    PyErr::with_args(&exceptions::KEY_ERROR, vec![pystr::new(&base)])
                })?;
                match attr {
                    Some(at) => getattr_str(&v, &at)?,
                    None => v,
                }
            };
            let v = match conv.as_str() {
                "r" => ops::repr(&v)?,
                "s" => ops::str(&v)?,
                _ => v,
            };
            out.push_str(&s(&format(&v, &spec)?));
        } else if c == '}' {
            if chars.peek() == Some(&'}') {
                chars.next();
            }
            out.push('}');
        } else {
            out.push(c);
        }
    }
    Ok(pystr::new(&out))
}
pub(super) fn m_str_isdigit(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(singletons::bool(
        !t.is_empty() && t.chars().all(|c| c.is_ascii_digit()),
    ))
}
pub(super) fn m_str_isalpha(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(singletons::bool(
        !t.is_empty() && t.chars().all(char::is_alphabetic),
    ))
}
pub(super) fn m_str_encode(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(crate::types::bytes::new(s(&a[0]).as_bytes()))
}

pub(super) fn m_str_rsplit(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let text = s(&a[0]);
    let n = a.len() - k.len();
    let sep = a
        .get(1)
        .filter(|_| n > 1)
        .cloned()
        .or_else(|| kw_get(a, k, "sep").cloned())
        .filter(|v| !singletons::is_none(v));
    let maxsplit = a
        .get(2)
        .filter(|_| n > 2)
        .cloned()
        .or_else(|| kw_get(a, k, "maxsplit").cloned())
        .and_then(|v| v.as_small_int())
        .unwrap_or(-1);
    let mut parts: Vec<String> = match sep {
        None => {
            let mut v: Vec<String> = text.split_whitespace().map(str::to_string).collect();
            if maxsplit >= 0 && v.len() > maxsplit as usize + 1 {
                let keep = v.split_off(v.len() - maxsplit as usize);
                let head = text.trim_end();
                let mut cut = head.len();
                for _ in 0..maxsplit {
                    let t = head[..cut].trim_end();
                    cut = t.rfind(char::is_whitespace).map_or(0, |i| i);
                }
                let mut out = vec![head[..cut].trim().to_string()];
                out.extend(keep);
                return Ok(list::new(out.iter().map(|x| pystr::new(x)).collect()));
            }
            v
        }
        Some(sp) => {
            let sp = s(&sp);
            if maxsplit < 0 {
                text.split(sp.as_str()).map(str::to_string).collect()
            } else {
                let mut v: Vec<String> = text
                    .rsplitn(maxsplit as usize + 1, sp.as_str())
                    .map(str::to_string)
                    .collect();
                v.reverse();
                v
            }
        }
    };
    parts.retain(|_| true);
    Ok(list::new(parts.iter().map(|x| pystr::new(x)).collect()))
}
pub(super) fn m_str_rfind(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(int::from_i64(match t.rfind(&s(&a[1])) {
        Some(b) => t[..b].chars().count() as i64,
        None => -1,
    }))
}
pub(super) fn m_str_index(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let r = m_str_find(a, k)?;
    if r.as_small_int() == Some(-1) {
        return Err(PyErr::new(&VALUE_ERROR, "substring not found"));
    }
    Ok(r)
}
pub(super) fn m_str_partition(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    let sep = s(&a[1]);
    Ok(match t.split_once(sep.as_str()) {
        Some((x, y)) => tuple::new(vec![pystr::new(x), pystr::new(&sep), pystr::new(y)]),
        None => tuple::new(vec![pystr::new(&t), pystr::empty(), pystr::empty()]),
    })
}
pub(super) fn m_str_rpartition(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    let sep = s(&a[1]);
    Ok(match t.rsplit_once(sep.as_str()) {
        Some((x, y)) => tuple::new(vec![pystr::new(x), pystr::new(&sep), pystr::new(y)]),
        None => tuple::new(vec![pystr::empty(), pystr::empty(), pystr::new(&t)]),
    })
}
pub(super) fn str_pred(a: &[Value], f: fn(char) -> bool) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(singletons::bool(!t.is_empty() && t.chars().all(f)))
}
pub(super) fn m_str_isdecimal(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    str_pred(a, |c| c.is_numeric())
}
pub(super) fn m_str_isalnum(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    str_pred(a, char::is_alphanumeric)
}
pub(super) fn m_str_isspace(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    str_pred(a, char::is_whitespace)
}
pub(super) fn m_str_isupper(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(singletons::bool(
        t.chars().any(char::is_uppercase) && !t.chars().any(char::is_lowercase),
    ))
}
pub(super) fn m_str_islower(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(singletons::bool(
        t.chars().any(char::is_lowercase) && !t.chars().any(char::is_uppercase),
    ))
}
pub(super) fn m_str_capitalize(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    let mut c = t.chars();
    Ok(pystr::new(&match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase(),
        None => String::new(),
    }))
}
pub(super) fn m_str_title(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let mut out = String::new();
    let mut prev = false;
    for ch in s(&a[0]).chars() {
        if ch.is_alphabetic() {
            if prev {
                out.extend(ch.to_lowercase());
            } else {
                out.extend(ch.to_uppercase());
            }
            prev = true;
        } else {
            out.push(ch);
            prev = false;
        }
    }
    Ok(pystr::new(&out))
}
pub(super) fn m_str_swapcase(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(pystr::new(
        &s(&a[0])
            .chars()
            .map(|c| {
                if c.is_uppercase() {
                    c.to_lowercase().collect::<String>()
                } else {
                    c.to_uppercase().collect()
                }
            })
            .collect::<String>(),
    ))
}
pub(super) fn pad(a: &[Value], how: char) -> PyResult<Value> {
    let t = s(&a[0]);
    let w = a.get(1).and_then(Value::as_small_int).unwrap_or(0).max(0) as usize;
    let fill = a
        .get(2)
        .map(s)
        .and_then(|f| f.chars().next())
        .unwrap_or(' ');
    let n = t.chars().count();
    if n >= w {
        return Ok(a[0].clone());
    }
    let p = w - n;
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    Ok(pystr::new(&match how {
        '<' => t + &f(p),
        '>' => f(p) + &t,
        _ => {
            let left = p / 2 + (p & w & 1);
            f(left) + &t + &f(p - left)
        }
    }))
}
pub(super) fn m_str_ljust(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    pad(a, '<')
}
pub(super) fn m_str_rjust(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    pad(a, '>')
}
pub(super) fn m_str_center(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    pad(a, '^')
}
pub(super) fn m_str_zfill(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    let w = a.get(1).and_then(Value::as_small_int).unwrap_or(0).max(0) as usize;
    let n = t.chars().count();
    if n >= w {
        return Ok(a[0].clone());
    }
    let (sign, rest) = if t.starts_with('-') || t.starts_with('+') {
        t.split_at(1)
    } else {
        ("", t.as_str())
    };
    Ok(pystr::new(&format!("{sign}{}{rest}", "0".repeat(w - n))))
}
pub(super) fn m_str_splitlines(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(list::new(s(&a[0]).lines().map(pystr::new).collect()))
}
pub(super) fn m_str_removeprefix(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(pystr::new(t.strip_prefix(s(&a[1]).as_str()).unwrap_or(&t)))
}
pub(super) fn m_str_removesuffix(a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let t = s(&a[0]);
    Ok(pystr::new(t.strip_suffix(s(&a[1]).as_str()).unwrap_or(&t)))
}

pub(super) fn install() {
    use crate::types::str::STR_TYPE;
    add_methods(
        &STR_TYPE,
        &[
            ("join", m_str_join),
            ("split", m_str_split),
            ("strip", m_str_strip),
            ("lstrip", m_str_lstrip),
            ("rstrip", m_str_rstrip),
            ("upper", m_str_upper),
            ("lower", m_str_lower),
            ("replace", m_str_replace),
            ("startswith", m_str_startswith),
            ("endswith", m_str_endswith),
            ("find", m_str_find),
            ("format", m_str_format),
            ("isdigit", m_str_isdigit),
            ("isalpha", m_str_isalpha),
            ("count", m_count),
            ("encode", m_str_encode),
            ("rsplit", m_str_rsplit),
            ("rfind", m_str_rfind),
            ("index", m_str_index),
            ("partition", m_str_partition),
            ("rpartition", m_str_rpartition),
            ("isdecimal", m_str_isdecimal),
            ("isnumeric", m_str_isdecimal),
            ("isalnum", m_str_isalnum),
            ("isspace", m_str_isspace),
            ("isupper", m_str_isupper),
            ("islower", m_str_islower),
            ("capitalize", m_str_capitalize),
            ("title", m_str_title),
            ("swapcase", m_str_swapcase),
            ("ljust", m_str_ljust),
            ("rjust", m_str_rjust),
            ("center", m_str_center),
            ("zfill", m_str_zfill),
            ("splitlines", m_str_splitlines),
            ("removeprefix", m_str_removeprefix),
            ("removesuffix", m_str_removesuffix),
        ],
    );
}
