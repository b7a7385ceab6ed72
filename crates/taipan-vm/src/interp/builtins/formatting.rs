//! `ascii()`, `format()` and the format-spec mini-language (the parser is
//! shared with the numeric `__format__`s), `str.format`, and
//! printf-style `%` formatting of str and bytes.

use super::*;
use crate::types::str::StrObject;

/// `repr` with non-ASCII escaped.
pub fn ascii(v: &Value) -> PyResult<Value> {
    let r = ops::repr(v)?;
    let r = r.downcast::<StrObject>().expect("repr returns str");
    if r.is_ascii() {
        return Ok(pystr::from_wtf8_bytes(r.as_bytes()));
    }
    let mut out = String::new();
    for cp in r.code_points() {
        match cp {
            0..=0x7F => out.push(cp as u8 as char),
            0x80..=0xFF => out.push_str(&format!("\\x{cp:02x}")),
            0x100..=0xFFFF => out.push_str(&format!("\\u{cp:04x}")),
            _ => out.push_str(&format!("\\U{cp:08x}")),
        }
    }
    Ok(pystr::new(&out))
}

// ---------------------------------------------------------------- format spec

/// A parsed standard format specifier:
/// `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." [precision][grouping]][type]`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FormatSpec {
    pub fill: u32,
    /// `<`, `>`, `^` or `=`; `None` when not given (the type's default).
    pub align: Option<u8>,
    /// `+`, `-` or ` `.
    pub sign: Option<u8>,
    /// `z`: negative zero becomes positive.
    pub no_neg_zero: bool,
    /// `#`.
    pub alternate: bool,
    pub width: Option<usize>,
    /// `,` or `_` for the integer part.
    pub grouping: Option<u8>,
    pub precision: Option<usize>,
    /// `,` or `_` for the fractional part (3.14).
    pub frac_grouping: Option<u8>,
    /// The presentation type; `None` when not given.
    pub ty: Option<u32>,
}

fn fmt_error(msg: impl AsRef<str>) -> PyErr {
    PyErr::new(&VALUE_ERROR, msg)
}

/// The character as CPython's format errors show it.
fn code_char(c: u32) -> String {
    match char::from_u32(c) {
        Some(ch) if (0x20..0x7F).contains(&c) || c > 0x7F => ch.to_string(),
        _ => format!("\\x{c:x}"),
    }
}

/// Parses a format spec for a value of type `type_name`. `default_type`
/// is the type used when none is given (in error messages), and
/// `default_align` decides whether a leading `0` implies `=` alignment
/// (only where the default alignment is right, as for numbers).
pub fn parse_format_spec(
    spec: &[u32],
    type_name: &str,
    default_type: char,
    default_align: u8,
) -> PyResult<FormatSpec> {
    let mut f = FormatSpec {
        fill: 0x20,
        ..FormatSpec::default()
    };
    let is_align = |c: u32| matches!(c, 0x3C | 0x3E | 0x3D | 0x5E);
    let n = spec.len();
    let mut pos = 0;
    let mut fill_given = false;
    if n >= 2 && is_align(spec[1]) {
        f.fill = spec[0];
        f.align = Some(spec[1] as u8);
        fill_given = true;
        pos = 2;
    } else if n >= 1 && is_align(spec[0]) {
        f.align = Some(spec[0] as u8);
        pos = 1;
    }
    if pos < n && matches!(spec[pos], 0x2B | 0x2D | 0x20) {
        f.sign = Some(spec[pos] as u8);
        pos += 1;
    }
    if pos < n && spec[pos] == u32::from(b'z') {
        f.no_neg_zero = true;
        pos += 1;
    }
    if pos < n && spec[pos] == u32::from(b'#') {
        f.alternate = true;
        pos += 1;
    }
    if !fill_given && pos < n && spec[pos] == u32::from(b'0') {
        f.fill = u32::from(b'0');
        if f.align.is_none() && default_align == b'>' {
            f.align = Some(b'=');
        }
        pos += 1;
    }
    let digits = |pos: &mut usize| -> PyResult<Option<usize>> {
        let start = *pos;
        let mut v: usize = 0;
        while *pos < n && (0x30..=0x39).contains(&spec[*pos]) {
            v = v
                .checked_mul(10)
                .and_then(|v| v.checked_add((spec[*pos] - 0x30) as usize))
                .filter(|&v| v <= isize::MAX as usize)
                .ok_or_else(|| fmt_error("Too many decimal digits in format string"))?;
            *pos += 1;
        }
        Ok((*pos > start).then_some(v))
    };
    f.width = digits(&mut pos)?;
    let grouping = |pos: &mut usize| -> PyResult<Option<u8>> {
        let mut g = None;
        if *pos < n && spec[*pos] == u32::from(b',') {
            g = Some(b',');
            *pos += 1;
        }
        if *pos < n && spec[*pos] == u32::from(b'_') {
            if g.is_some() {
                return Err(fmt_error("Cannot specify both ',' and '_'."));
            }
            g = Some(b'_');
            *pos += 1;
        }
        if *pos < n && spec[*pos] == u32::from(b',') {
            if g == Some(b'_') {
                return Err(fmt_error("Cannot specify both ',' and '_'."));
            }
            if g == Some(b',') {
                return Err(fmt_error("Cannot specify ',' with ','."));
            }
        }
        Ok(g)
    };
    f.grouping = grouping(&mut pos)?;
    if pos < n && spec[pos] == u32::from(b'.') {
        pos += 1;
        f.precision = digits(&mut pos)?;
        f.frac_grouping = grouping(&mut pos)?;
        if f.precision.is_none() && f.frac_grouping.is_none() {
            return Err(fmt_error("Format specifier missing precision"));
        }
    }
    if n - pos > 1 {
        let text: String = spec.iter().map(|&c| code_char(c)).collect();
        return Err(fmt_error(format!(
            "Invalid format specifier '{text}' for object of type '{type_name}'"
        )));
    }
    if pos < n {
        f.ty = Some(spec[pos]);
    }
    if let Some(g) = f.grouping {
        let ty = f.ty.unwrap_or(u32::from(default_type as u8));
        let ok = match char::from_u32(ty) {
            Some('d' | 'e' | 'f' | 'g' | 'E' | 'F' | 'G' | '%' | 'n') => {
                g == b',' || ty != u32::from(b'n')
            }
            Some('b' | 'o' | 'x' | 'X') => g == b'_',
            _ => false,
        };
        if !ok {
            return Err(fmt_error(format!(
                "Cannot specify '{}' with '{}'.",
                g as char,
                code_char(ty)
            )));
        }
    }
    Ok(f)
}

/// Pads `body` to the spec's width with its fill and alignment
/// (`default_align` when none was given; `=` pads after `sign_len` units).
pub fn pad_formatted(
    body: &[u32],
    spec: &FormatSpec,
    default_align: u8,
    sign_len: usize,
) -> Vec<u32> {
    let width = spec.width.unwrap_or(0);
    if body.len() >= width {
        return body.to_vec();
    }
    let pad = width - body.len();
    let (left, right) = match spec.align.unwrap_or(default_align) {
        b'<' => (0, pad),
        b'^' => (pad / 2, pad - pad / 2),
        b'=' => {
            let mut out = body[..sign_len].to_vec();
            out.extend(std::iter::repeat_n(spec.fill, pad));
            out.extend_from_slice(&body[sign_len..]);
            return out;
        }
        _ => (pad, 0),
    };
    let mut out = Vec::with_capacity(width);
    out.extend(std::iter::repeat_n(spec.fill, left));
    out.extend_from_slice(body);
    out.extend(std::iter::repeat_n(spec.fill, right));
    out
}

/// `str.__format__(spec)`.
pub fn format_str(v: &Value, spec: &StrObject) -> PyResult<Value> {
    let s = v.downcast::<StrObject>().expect("str");
    if spec.is_empty() {
        return Ok(pystr::from_wtf8_bytes(s.as_bytes()));
    }
    let spec_cps: Vec<u32> = spec.code_points().collect();
    let f = parse_format_spec(&spec_cps, "str", 's', b'<')?;
    if let Some(t) = f.ty.filter(|&t| t != u32::from(b's')) {
        return Err(fmt_error(format!(
            "Unknown format code '{}' for object of type 'str'",
            code_char(t)
        )));
    }
    if let Some(sign) = f.sign {
        return Err(fmt_error(if sign == b' ' {
            "Space not allowed in string format specifier"
        } else {
            "Sign not allowed in string format specifier"
        }));
    }
    if f.no_neg_zero {
        return Err(fmt_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if f.alternate {
        return Err(fmt_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if f.align == Some(b'=') {
        return Err(fmt_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let mut body: Vec<u32> = s.code_points().collect();
    if let Some(p) = f.precision {
        body.truncate(p);
    }
    let out = pad_formatted(&body, &f, b'<', 0);
    Ok(pystr::from_code_points(out).unwrap_or_else(pystr::empty))
}

/// `format(v, spec)`: the type's `__format__` when it has one, str's own,
/// then the built-in numeric formatting; anything else accepts only an
/// empty spec (`object.__format__`).
pub fn format(v: &Value, spec: &str) -> PyResult<Value> {
    format_value(v, &pystr::new(spec))
}

/// `format(v, spec)` with the spec as a str object.
pub fn format_value(v: &Value, spec: &Value) -> PyResult<Value> {
    let spec_obj = spec.downcast::<StrObject>().ok_or_else(|| {
        type_error(format!(
            "format() argument 2 must be str, not {}",
            spec.type_of().name
        ))
    })?;
    if v.is_exact(&crate::types::str::STR_TYPE) {
        return format_str(v, spec_obj);
    }
    if let Some(f) = attrs::lookup_special(v, "__format__")? {
        if super::object_method("__format__").is_some_and(|o| o.is(&f)) {
            return default_format(v, spec);
        }
        let r = call_object(&attrs::bind(f, v)?, std::slice::from_ref(spec), &[])?;
        if r.downcast::<StrObject>().is_none() {
            return Err(type_error(format!(
                "__format__ must return a str, not {}",
                r.type_of().name
            )));
        }
        return Ok(r);
    }
    default_format(v, spec)
}

/// `object.__format__`: the built-in numeric formatting, else only an
/// empty spec (`str(v)`). `spec` is a str.
pub fn default_format(v: &Value, spec: &Value) -> PyResult<Value> {
    let spec = pystr::to_string_lossy(spec);
    if let Some(r) = super::number_format::format_number(v, &spec) {
        return r;
    }
    if spec.is_empty() {
        return ops::str(v);
    }
    Err(type_error(format!(
        "unsupported format string passed to {}.__format__",
        v.type_of().name
    )))
}

// ---------------------------------------------------------------- str.format

/// Automatic (`{}`) versus manual (`{0}`) field numbering state.
#[derive(Default)]
struct AutoNumber {
    auto: bool,
    manual: bool,
    next: usize,
}

struct Formatter<'a> {
    args: &'a [Value],
    /// Keyword arguments (a dict) or the mapping of `format_map`.
    kwargs: &'a Value,
    numbering: AutoNumber,
}

/// Parses the decimal digits of a field name part, if all digits.
fn decimal(cps: &[u32]) -> PyResult<Option<usize>> {
    if cps.is_empty() || !cps.iter().all(|c| (0x30..=0x39).contains(c)) {
        return Ok(None);
    }
    let mut v: usize = 0;
    for &c in cps {
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add((c - 0x30) as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| fmt_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(v))
}

fn cps_str(cps: &[u32]) -> Value {
    pystr::from_code_points(cps.iter().copied()).unwrap_or_else(pystr::empty)
}

/// The first part of a replacement field's name: empty (automatic
/// numbering), a positional index or a keyword.
pub enum FieldFirst {
    Auto,
    Index(usize),
    Key(Value),
}

/// The `.attr` / `[key]` parts after the first one of a field name, read
/// one at a time (a malformed part is an error only when reached, after the
/// parts before it were looked up, as in CPython).
pub struct FieldRest<'a> {
    name: &'a [u32],
    pos: usize,
}

impl FieldRest<'_> {
    /// The next part: `(true, attribute name)` or `(false, index or key)`.
    pub fn next_part(&mut self) -> PyResult<Option<(bool, Value)>> {
        let (name, dot, lbr) = (self.name, u32::from(b'.'), u32::from(b'['));
        let pos = self.pos;
        if pos >= name.len() {
            return Ok(None);
        }
        if name[pos] == dot {
            let start = pos + 1;
            let end = name[start..]
                .iter()
                .position(|&c| c == dot || c == lbr)
                .map_or(name.len(), |p| p + start);
            if end == start {
                return Err(fmt_error("Empty attribute in format string"));
            }
            self.pos = end;
            return Ok(Some((true, cps_str(&name[start..end]))));
        }
        let start = pos + 1;
        let Some(close) = name[start..].iter().position(|&c| c == u32::from(b']')) else {
            return Err(fmt_error("Missing ']' in format string"));
        };
        let key = &name[start..start + close];
        if key.is_empty() {
            return Err(fmt_error("Empty attribute in format string"));
        }
        let k = match decimal(key)? {
            Some(i) => int::from_i64(i as i64),
            None => cps_str(key),
        };
        self.pos = start + close + 1;
        if self.pos < name.len() && name[self.pos] != dot && name[self.pos] != lbr {
            return Err(fmt_error(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
        Ok(Some((false, k)))
    }
}

/// Splits a field name into its first part and the rest (`_string.formatter_field_name_split`).
pub fn split_field_name(name: &[u32]) -> PyResult<(FieldFirst, FieldRest<'_>)> {
    let first_end = name
        .iter()
        .position(|&c| c == u32::from(b'.') || c == u32::from(b'['))
        .unwrap_or(name.len());
    let first = &name[..first_end];
    let first = if first.is_empty() {
        FieldFirst::Auto
    } else if let Some(i) = decimal(first)? {
        FieldFirst::Index(i)
    } else {
        FieldFirst::Key(cps_str(first))
    };
    Ok((
        first,
        FieldRest {
            name,
            pos: first_end,
        },
    ))
}

/// The syntax of one replacement field: `{name!conversion:spec}`.
pub struct FieldSyntax<'a> {
    pub name: &'a [u32],
    pub conversion: Option<u32>,
    pub spec: &'a [u32],
    /// The spec holds nested fields to expand first.
    pub nested: bool,
}

/// One piece of a format string: literal text and the field after it. A
/// doubled brace ends the literal (which includes one of the two braces).
pub struct Chunk<'a> {
    pub literal: &'a [u32],
    pub field: Option<FieldSyntax<'a>>,
}

/// Parses the chunk of `fmt` starting at `*pos` and moves past it; `None`
/// at the end.
pub fn next_chunk<'a>(fmt: &'a [u32], pos: &mut usize) -> PyResult<Option<Chunk<'a>>> {
    let (lb, rb) = (u32::from(b'{'), u32::from(b'}'));
    let start = *pos;
    if start >= fmt.len() {
        return Ok(None);
    }
    let mut i = start;
    while i < fmt.len() {
        let c = fmt[i];
        i += 1;
        if c != lb && c != rb {
            continue;
        }
        let at_end = i >= fmt.len();
        if c == rb {
            if at_end || fmt[i] != rb {
                return Err(fmt_error("Single '}' encountered in format string"));
            }
            *pos = i + 1;
            return Ok(Some(Chunk {
                literal: &fmt[start..i],
                field: None,
            }));
        }
        if at_end {
            return Err(fmt_error("Single '{' encountered in format string"));
        }
        if fmt[i] == lb {
            *pos = i + 1;
            return Ok(Some(Chunk {
                literal: &fmt[start..i],
                field: None,
            }));
        }
        let (field, next) = parse_field(fmt, i)?;
        *pos = next;
        return Ok(Some(Chunk {
            literal: &fmt[start..i - 1],
            field: Some(field),
        }));
    }
    *pos = fmt.len();
    Ok(Some(Chunk {
        literal: &fmt[start..],
        field: None,
    }))
}

/// Parses the field starting after `{` at `start`; returns it and the
/// position after its closing `}`.
fn parse_field(fmt: &[u32], start: usize) -> PyResult<(FieldSyntax<'_>, usize)> {
    let (lb, rb) = (u32::from(b'{'), u32::from(b'}'));
    let mut i = start;
    let mut c = 0;
    while i < fmt.len() {
        c = fmt[i];
        i += 1;
        if c == lb {
            return Err(fmt_error("unexpected '{' in field name"));
        }
        if c == u32::from(b'[') {
            while i < fmt.len() && fmt[i] != u32::from(b']') {
                i += 1;
            }
            continue;
        }
        if c == rb || c == u32::from(b':') || c == u32::from(b'!') {
            break;
        }
    }
    let name_end = if matches!(char::from_u32(c), Some('}' | ':' | '!')) {
        i - 1
    } else {
        i
    };
    let mut field = FieldSyntax {
        name: &fmt[start..name_end],
        conversion: None,
        spec: &[],
        nested: false,
    };
    if c == u32::from(b'!') || c == u32::from(b':') {
        let mut closed = false;
        if c == u32::from(b'!') {
            if i >= fmt.len() {
                return Err(fmt_error(
                    "end of string while looking for conversion specifier",
                ));
            }
            field.conversion = Some(fmt[i]);
            i += 1;
            if i < fmt.len() {
                let d = fmt[i];
                i += 1;
                if d == rb {
                    closed = true;
                } else if d != u32::from(b':') {
                    return Err(fmt_error("expected ':' after conversion specifier"));
                }
            }
        }
        if !closed {
            let spec_start = i;
            let mut count = 1;
            loop {
                if i >= fmt.len() {
                    return Err(fmt_error("unmatched '{' in format spec"));
                }
                let d = fmt[i];
                i += 1;
                if d == lb {
                    field.nested = true;
                    count += 1;
                } else if d == rb {
                    count -= 1;
                    if count == 0 {
                        field.spec = &fmt[spec_start..i - 1];
                        break;
                    }
                }
            }
        }
    } else if c != rb {
        return Err(fmt_error("expected '}' before end of string"));
    }
    Ok((field, i))
}

impl Formatter<'_> {
    fn positional(&mut self, index: Option<usize>) -> PyResult<Value> {
        let i = match index {
            None => {
                if self.numbering.manual {
                    return Err(fmt_error(
                        "cannot switch from manual field specification to automatic field numbering",
                    ));
                }
                self.numbering.auto = true;
                let i = self.numbering.next;
                self.numbering.next += 1;
                i
            }
            Some(i) => {
                if self.numbering.auto {
                    return Err(fmt_error(
                        "cannot switch from automatic field numbering to manual field specification",
                    ));
                }
                self.numbering.manual = true;
                i
            }
        };
        self.args.get(i).cloned().ok_or_else(|| {
            PyErr::new(
                &exceptions::INDEX_ERROR,
                format!("Replacement index {i} out of range for positional args tuple"),
            )
        })
    }

    /// Resolves a field name: `first(.attr|[key])*`.
    fn field(&mut self, name: &[u32]) -> PyResult<Value> {
        let (first, mut rest) = split_field_name(name)?;
        let mut obj = match first {
            FieldFirst::Auto => self.positional(None)?,
            FieldFirst::Index(i) => self.positional(Some(i))?,
            FieldFirst::Key(key) => {
                // A dict subclass may answer through `__missing__`.
                if self.kwargs.is_exact(&crate::types::dict::DICT_TYPE) {
                    dict::get_item(self.kwargs, &key)?
                        .ok_or_else(|| PyErr::with_args(&exceptions::KEY_ERROR, vec![key]))?
                } else {
                    attrs::getitem(self.kwargs, &key)?
                }
            }
        };
        while let Some((is_attr, key)) = rest.next_part()? {
            obj = if is_attr {
                getattr_str(&obj, &pystr::to_string_lossy(&key))?
            } else {
                attrs::getitem(&obj, &key)?
            };
        }
        Ok(obj)
    }

    /// Formats `fmt` into `out`; `depth` limits nested specs.
    fn run(&mut self, fmt: &[u32], depth: u32, out: &mut Vec<u32>) -> PyResult<()> {
        if depth == 0 {
            return Err(fmt_error("Max string recursion exceeded"));
        }
        let mut pos = 0;
        while let Some(chunk) = next_chunk(fmt, &mut pos)? {
            out.extend_from_slice(chunk.literal);
            if let Some(field) = chunk.field {
                self.replacement(&field, depth, out)?;
            }
        }
        Ok(())
    }

    /// Renders one replacement field.
    fn replacement(
        &mut self,
        field: &FieldSyntax<'_>,
        depth: u32,
        out: &mut Vec<u32>,
    ) -> PyResult<()> {
        let obj = self.field(field.name)?;
        let obj = match field.conversion {
            None => obj,
            Some(0x72) => ops::repr(&obj)?,
            Some(0x73) => ops::str(&obj)?,
            Some(0x61) => ascii(&obj)?,
            Some(other) => {
                return Err(fmt_error(format!(
                    "Unknown conversion specifier {}",
                    code_char(other)
                )))
            }
        };
        let spec_value = if field.nested {
            let mut expanded = Vec::new();
            self.run(field.spec, depth - 1, &mut expanded)?;
            cps_str(&expanded)
        } else {
            cps_str(field.spec)
        };
        let r = format_value(&obj, &spec_value)?;
        out.extend(r.downcast::<StrObject>().expect("str").code_points());
        Ok(())
    }
}

/// `fmt.format(*args, **kwargs)` / `fmt.format_map(mapping)`.
pub fn str_format(fmt: &StrObject, args: &[Value], kwargs: &Value) -> PyResult<Value> {
    let cps: Vec<u32> = fmt.code_points().collect();
    let mut f = Formatter {
        args,
        kwargs,
        numbering: AutoNumber::default(),
    };
    let mut out = Vec::with_capacity(cps.len());
    f.run(&cps, 2, &mut out)?;
    Ok(pystr::from_code_points(out).unwrap_or_else(pystr::empty))
}

// ---------------------------------------------------------------- % formatting

/// Flags and sizes of one `%` conversion.
#[derive(Default)]
struct Conv {
    left: bool,
    sign: Option<u8>,
    alt: bool,
    zero: bool,
    width: usize,
    precision: Option<usize>,
}

/// Digits of an integer for `%d %x %X %o` (sign handled by the caller).
fn int_digits(v: &Value, radix: u32, upper: bool) -> PyResult<(bool, String)> {
    let i = int::as_int(v).expect("int");
    let big = i.to_big();
    let neg = big.is_negative();
    let mut digits = big.abs().to_str_radix(radix);
    if upper {
        digits.make_ascii_uppercase();
    }
    Ok((neg, digits))
}

/// The body of a numeric conversion; ASCII.
fn numeric(conv: u8, v: &Value, c: &Conv) -> PyResult<String> {
    let (neg, mut body) = match conv {
        b'd' | b'i' | b'u' => {
            let iv = if int::as_int(v).is_some() {
                v.clone()
            } else if let Some(f) = float::as_f64(v) {
                float::to_int(f.trunc())?
            } else if let Some(f) = v.type_of().slots.index.or(v.type_of().slots.int) {
                f(v)?
            } else {
                return Err(type_error(format!(
                    "%{} format: a real number is required, not {}",
                    conv as char,
                    v.type_of().name
                )));
            };
            int_digits(&iv, 10, false)?
        }
        b'x' | b'X' | b'o' => {
            let iv = if int::as_int(v).is_some() {
                v.clone()
            } else if let Some(f) = v.type_of().slots.index {
                f(v)?
            } else {
                return Err(type_error(format!(
                    "%{} format: an integer is required, not {}",
                    conv as char,
                    v.type_of().name
                )));
            };
            let radix = if conv == b'o' { 8 } else { 16 };
            let (neg, digits) = int_digits(&iv, radix, conv == b'X')?;
            (neg, digits)
        }
        _ => {
            let x = if let Some(f) = float::as_f64(v) {
                f
            } else if let Some(i) = int::as_int(v) {
                i.to_f64()?
            } else if let Some(f) = v.type_of().slots.float {
                float::as_f64(&f(v)?).unwrap_or(0.0)
            } else {
                return Err(type_error(format!(
                    "must be real number, not {}",
                    v.type_of().name
                )));
            };
            let spec = format!(
                "{}.{}{}",
                if c.alt { "#" } else { "" },
                c.precision.unwrap_or(6),
                conv as char
            );
            let t = super::number_format::format_number(&float::new(x.abs()), &spec)
                .expect("a float is a number")?;
            let t = s(&t);
            (x.is_sign_negative() && !x.is_nan(), t)
        }
    };
    if matches!(conv, b'd' | b'i' | b'u' | b'x' | b'X' | b'o') {
        if let Some(p) = c.precision {
            if body.len() < p {
                body = "0".repeat(p - body.len()) + &body;
            }
        }
        if c.alt && conv != b'd' && conv != b'i' && conv != b'u' {
            body = format!("0{}{body}", conv as char);
        }
    }
    let sign = if neg {
        "-"
    } else {
        match c.sign {
            Some(b'+') => "+",
            Some(b' ') => " ",
            _ => "",
        }
    };
    // Zero padding goes after the sign and any 0x/0o prefix.
    if c.zero && !c.left && sign.len() + body.len() < c.width {
        let prefix = if c.alt && matches!(conv, b'x' | b'X' | b'o') {
            2
        } else {
            0
        };
        let zeros = "0".repeat(c.width - sign.len() - body.len());
        body.insert_str(prefix, &zeros);
    }
    Ok(format!("{sign}{body}"))
}

/// What `%` formats for str (code points) or bytes (bytes).
trait PercentTarget: Sized {
    /// What the messages call the formatting: "string" or "bytes".
    const KIND: &'static str;
    /// `%s`, `%r`, `%a` (and `%b` for bytes): the text, or `None` for an
    /// unsupported conversion.
    fn text(conv: u8, v: &Value) -> PyResult<Option<Vec<Self>>>;
    /// `%c`.
    fn chr(v: &Value) -> PyResult<Self>;
    fn ascii(b: u8) -> Self;
    /// A unit of the format string itself (bytes formats hold bytes).
    fn unit(c: u32) -> Self;
    /// A `%(key)` key: str for str formats, bytes for bytes formats.
    fn key(k: &[u32]) -> Value;
}

impl PercentTarget for u32 {
    const KIND: &'static str = "string";
    fn text(conv: u8, v: &Value) -> PyResult<Option<Vec<u32>>> {
        let t = match conv {
            b's' => ops::str(v)?,
            b'r' => ops::repr(v)?,
            b'a' => ascii(v)?,
            _ => return Ok(None),
        };
        Ok(Some(
            t.downcast::<StrObject>()
                .map(|t| t.code_points().collect())
                .unwrap_or_default(),
        ))
    }
    fn chr(v: &Value) -> PyResult<u32> {
        if let Some(t) = v.downcast::<StrObject>() {
            if t.len() != 1 {
                return Err(type_error(format!(
                    "%c requires an int or a unicode character, not a string of length {}",
                    t.len()
                )));
            }
            return Ok(t.code_point_at(0));
        }
        if int::as_int(v).is_none() {
            return Err(type_error(format!(
                "%c requires an int or a unicode character, not {}",
                v.type_of().name
            )));
        }
        match int::as_int(v).and_then(|r| r.to_i64()) {
            Some(c @ 0..=0x10FFFF) => Ok(c as u32),
            _ => Err(PyErr::new(
                &exceptions::OVERFLOW_ERROR,
                "%c arg not in range(0x110000)",
            )),
        }
    }
    fn ascii(b: u8) -> u32 {
        u32::from(b)
    }
    fn unit(c: u32) -> u32 {
        c
    }
    fn key(k: &[u32]) -> Value {
        cps_str(k)
    }
}

impl PercentTarget for u8 {
    const KIND: &'static str = "bytes";
    fn text(conv: u8, v: &Value) -> PyResult<Option<Vec<u8>>> {
        match conv {
            b's' | b'b' => {
                if let Some(b) = super::bytes_methods::buffer(v) {
                    return Ok(Some(b.into_owned()));
                }
                if let Some(f) = attrs::lookup_special(v, "__bytes__")? {
                    let r = call_object(&attrs::bind(f, v)?, &[], &[])?;
                    if let Some(b) = crate::types::bytes::as_bytes(&r) {
                        return Ok(Some(b.to_vec()));
                    }
                    return Err(type_error(format!(
                        "__bytes__ returned non-bytes (type {})",
                        r.type_of().name
                    )));
                }
                Err(type_error(format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    v.type_of().name
                )))
            }
            b'r' | b'a' => Ok(Some(
                ascii(v)?
                    .downcast::<StrObject>()
                    .map(|t| t.as_bytes().to_vec())
                    .unwrap_or_default(),
            )),
            _ => Ok(None),
        }
    }
    fn chr(v: &Value) -> PyResult<u8> {
        if let Some(b) = super::bytes_methods::buffer(v) {
            if b.len() == 1 {
                return Ok(b[0]);
            }
            return Err(type_error(format!(
                "%c requires an integer in range(256) or a single byte, not a {} object of length {}",
                v.type_of().name,
                b.len()
            )));
        }
        if int::as_int(v).is_none() {
            return Err(type_error(format!(
                "%c requires an integer in range(256) or a single byte, not {}",
                v.type_of().name
            )));
        }
        match int::as_int(v).and_then(|r| r.to_i64()) {
            Some(c @ 0..=255) => Ok(c as u8),
            _ => Err(PyErr::new(
                &exceptions::OVERFLOW_ERROR,
                "%c arg not in range(256)",
            )),
        }
    }
    fn ascii(b: u8) -> u8 {
        b
    }
    fn unit(c: u32) -> u8 {
        c as u8
    }
    fn key(k: &[u32]) -> Value {
        crate::types::bytes::from_vec(k.iter().map(|&c| c as u8).collect())
    }
}

/// `%` arguments that act as a mapping: anything subscriptable except
/// tuples and strings, and for bytes formats bytes and bytearray too
/// (CPython's rule).
fn percent_mapping(args: &Value, bytes_format: bool) -> bool {
    if args
        .downcast::<crate::types::tuple::TupleObject>()
        .is_some()
        || args.downcast::<StrObject>().is_some()
    {
        return false;
    }
    if bytes_format
        && (args
            .type_of()
            .is_subtype_of(&crate::types::bytes::BYTES_TYPE)
            || args
                .type_of()
                .is_subtype_of(&crate::interp::bytearray::BYTEARRAY_TYPE))
    {
        return false;
    }
    args.type_of().slots.getitem.is_some()
        || args.type_of().has_flag(crate::object::tpflags::HEAPTYPE)
            && attrs::lookup_special(args, "__getitem__").is_ok_and(|f| f.is_some())
}

/// printf-style formatting over code units (`fmt` as code points).
fn percent<T: PercentTarget + Copy>(fmt: &[u32], args: &Value) -> PyResult<Vec<T>> {
    let is_tuple = args
        .downcast::<crate::types::tuple::TupleObject>()
        .is_some();
    let items: Vec<Value> = if is_tuple {
        tuple::items(args).to_vec()
    } else {
        vec![args.clone()]
    };
    let mapping = percent_mapping(args, T::KIND == "bytes");
    let mut next = 0;
    let mut out: Vec<T> = Vec::with_capacity(fmt.len());
    let mut used_key = false;
    // After a `%(key)` lookup, CPython has no positional arguments left.
    let take = |next: &mut usize, used_key: bool| -> PyResult<Value> {
        if used_key {
            return Err(type_error("not enough arguments for format string"));
        }
        let v = items
            .get(*next)
            .cloned()
            .ok_or_else(|| type_error("not enough arguments for format string"))?;
        *next += 1;
        Ok(v)
    };
    let mut i = 0;
    let ch = |i: usize| fmt.get(i).and_then(|&c| char::from_u32(c));
    while i < fmt.len() {
        let c = fmt[i];
        i += 1;
        if c != u32::from(b'%') {
            out.push(T::unit(c));
            continue;
        }
        let mut key = None;
        if ch(i) == Some('(') {
            let mut depth = 1;
            let start = i + 1;
            let mut j = start;
            while j < fmt.len() && depth > 0 {
                match ch(j) {
                    Some('(') => depth += 1,
                    Some(')') => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 {
                return Err(fmt_error("incomplete format key"));
            }
            key = Some(fmt[start..j - 1].to_vec());
            i = j;
        }
        let mut conv = Conv::default();
        while let Some(f @ ('-' | '+' | ' ' | '#' | '0')) = ch(i) {
            match f {
                '-' => conv.left = true,
                '+' => conv.sign = Some(b'+'),
                ' ' if conv.sign.is_none() => conv.sign = Some(b' '),
                '#' => conv.alt = true,
                '0' => conv.zero = true,
                _ => {}
            }
            i += 1;
        }
        let star = |next: &mut usize| -> PyResult<i64> {
            let v = take(next, false)?;
            int::as_int(&v)
                .and_then(|r| r.to_i64())
                .ok_or_else(|| type_error("* wants int"))
        };
        if ch(i) == Some('*') {
            let w = star(&mut next)?;
            if w < 0 {
                conv.left = true;
            }
            conv.width = w.unsigned_abs() as usize;
            i += 1;
        } else {
            while let Some(d @ '0'..='9') = ch(i) {
                conv.width = conv
                    .width
                    .checked_mul(10)
                    .and_then(|w| w.checked_add(d as usize - '0' as usize))
                    .ok_or_else(|| fmt_error("width too big"))?;
                i += 1;
            }
        }
        if ch(i) == Some('.') {
            i += 1;
            if ch(i) == Some('*') {
                conv.precision = Some(star(&mut next)?.max(0) as usize);
                i += 1;
            } else {
                let mut p: usize = 0;
                while let Some(d @ '0'..='9') = ch(i) {
                    p = p
                        .checked_mul(10)
                        .and_then(|w| w.checked_add(d as usize - '0' as usize))
                        .ok_or_else(|| fmt_error("precision too big"))?;
                    i += 1;
                }
                conv.precision = Some(p);
            }
        }
        // Length modifiers are accepted and ignored.
        while matches!(ch(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&cc) = fmt.get(i) else {
            return Err(fmt_error("incomplete format"));
        };
        i += 1;
        if cc == u32::from(b'%') {
            out.push(T::unit(cc));
            continue;
        }
        let v = match &key {
            Some(k) => {
                if !mapping {
                    return Err(type_error("format requires a mapping"));
                }
                used_key = true;
                attrs::getitem(args, &T::key(k))?
            }
            None => take(&mut next, used_key)?,
        };
        let conv_char = u8::try_from(cc).unwrap_or(0);
        let body: Vec<T> = match conv_char {
            b'd' | b'i' | b'u' | b'x' | b'X' | b'o' | b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                numeric(conv_char, &v, &conv)?
                    .bytes()
                    .map(T::ascii)
                    .collect()
            }
            b'c' => vec![T::chr(&v)?],
            _ => match T::text(conv_char, &v)? {
                Some(mut t) => {
                    if let Some(p) = conv.precision {
                        t.truncate(p);
                    }
                    t
                }
                None => {
                    return Err(fmt_error(format!(
                        "unsupported format character '{}' (0x{cc:x}) at index {}",
                        code_char(cc),
                        i - 1
                    )))
                }
            },
        };
        let pad = conv.width.saturating_sub(body.len());
        if conv.left {
            out.extend(body);
            out.extend(std::iter::repeat_n(T::ascii(b' '), pad));
        } else {
            out.extend(std::iter::repeat_n(T::ascii(b' '), pad));
            out.extend(body);
        }
    }
    if next < items.len() && !(mapping && (used_key || !is_tuple)) {
        return Err(type_error(format!(
            "not all arguments converted during {} formatting",
            T::KIND
        )));
    }
    Ok(out)
}

/// `fmt % args` for str.
pub fn percent_format(fmt: &str, args: &Value) -> PyResult<Value> {
    let cps: Vec<u32> = fmt.chars().map(|c| c as u32).collect();
    let out: Vec<u32> = percent(&cps, args)?;
    Ok(pystr::from_code_points(out).unwrap_or_else(pystr::empty))
}

/// `fmt % args` for a str value (lone surrogates kept).
pub fn str_percent(fmt: &Value, args: &Value) -> PyResult<Value> {
    let Some(f) = fmt.downcast::<StrObject>() else {
        return Ok(singletons::not_implemented());
    };
    let cps: Vec<u32> = f.code_points().collect();
    let out: Vec<u32> = percent(&cps, args)?;
    Ok(pystr::from_code_points(out).unwrap_or_else(pystr::empty))
}

/// `fmt % args` for bytes and bytearray.
pub fn bytes_percent_format(fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let cps: Vec<u32> = fmt.iter().map(|&b| u32::from(b)).collect();
    percent(&cps, args)
}
