//! Tokenizer tests. Expected messages and positions were taken from CPython
//! 3.14 (`compile()` for errors, `python -m tokenize -e` for listings).

use super::*;
use crate::token::TokenKind as K;

/// Significant tokens as (kind, text).
fn toks(src: &str) -> Vec<(K, &str)> {
    let result = tokenize(src);
    assert_eq!(result.error, None, "unexpected error for {src:?}");
    result
        .tokens
        .iter()
        .map(|t| (t.kind, t.text(src)))
        .collect()
}

/// The error for `src` as CPython reports it: (class, message, line,
/// 1-based character offset).
fn err(src: &str) -> (&'static str, String, u32, usize) {
    let e = tokenize(src)
        .error
        .unwrap_or_else(|| panic!("no error for {src:?}"));
    let line = src.split('\n').nth(e.lineno as usize - 1).unwrap_or("");
    let offset = line.get(..e.col as usize).unwrap_or(line).chars().count() + 1;
    (e.kind.class_name(), e.msg, e.lineno, offset)
}

fn syntax(msg: &str, line: u32, offset: usize) -> (&'static str, String, u32, usize) {
    ("SyntaxError", msg.to_string(), line, offset)
}

fn listing(src: &str) -> String {
    token_listing(src.as_bytes()).expect("listing")
}

#[test]
fn simple_statement() {
    use K::*;
    assert_eq!(
        toks("x = 1\n"),
        [
            (Name, "x"),
            (Equal, "="),
            (Number, "1"),
            (Newline, "\n"),
            (EndMarker, "")
        ]
    );
}

#[test]
fn keywords_and_soft_keywords() {
    use K::*;
    let kinds: Vec<K> = toks("if match case type _ None\n")
        .iter()
        .map(|t| t.0)
        .collect();
    assert_eq!(
        kinds,
        [If, Name, Name, Name, Name, None, Newline, EndMarker]
    );
}

#[test]
fn operators_longest_match() {
    use K::*;
    let kinds: Vec<K> = toks("a **= b // c -> ... := != @= >>= < !\n")
        .iter()
        .map(|t| t.0)
        .collect();
    assert_eq!(
        kinds,
        [
            Name,
            DoubleStarEqual,
            Name,
            DoubleSlash,
            Name,
            RArrow,
            Ellipsis,
            ColonEqual,
            NotEqual,
            AtEqual,
            RightShiftEqual,
            Less,
            Exclamation,
            Newline,
            EndMarker
        ]
    );
}

#[test]
fn indentation() {
    use K::*;
    let src = "if x:\n    y\n\n    # c\n        \n    z\nw\n";
    let kinds: Vec<K> = toks(src).iter().map(|t| t.0).collect();
    assert_eq!(
        kinds,
        [
            If, Name, Colon, Newline, Indent, Name, Newline, Name, Newline, Dedent, Name, Newline,
            EndMarker
        ]
    );
}

#[test]
fn dedents_at_eof_without_newline() {
    use K::*;
    let kinds: Vec<K> = toks("if x:\n  if y:\n    z").iter().map(|t| t.0).collect();
    assert_eq!(
        kinds,
        [
            If, Name, Colon, Newline, Indent, If, Name, Colon, Newline, Indent, Name, Newline,
            Dedent, Dedent, EndMarker
        ]
    );
}

#[test]
fn brackets_join_lines() {
    use K::*;
    let kinds: Vec<K> = toks("(1,\n  2)\nx = 1 + \\\n  2\n")
        .iter()
        .map(|t| t.0)
        .collect();
    assert_eq!(
        kinds,
        [
            LPar, Number, Comma, Number, RPar, Newline, Name, Equal, Number, Plus, Number, Newline,
            EndMarker
        ]
    );
}

#[test]
fn positions_are_byte_columns() {
    let src = "é = 'ü'\n";
    let t = tokenize(src).tokens;
    assert_eq!((t[1].begin.line, t[1].begin.col), (1, 3));
    assert_eq!((t[2].start, t[2].end), (5, 9));
}

#[test]
fn numbers() {
    for n in [
        "0",
        "00",
        "0_0",
        "1_000",
        "0x_fF",
        "0o17",
        "0B1_0",
        "1.",
        ".5",
        "1.5e-3",
        "1E5",
        "1j",
        "1.5J",
        "09.5",
        "01e5",
        "0777j",
        "1_000.000_1e1_0j",
        "0e0",
    ] {
        let src = format!("{n}\n");
        assert_eq!(toks(&src)[0], (K::Number, n), "{n}");
    }
    // Keywords may follow a number directly (CPython only warns).
    let kinds: Vec<K> = toks("1if x else 2\n").iter().map(|t| t.0).collect();
    assert_eq!(kinds[..3], [K::Number, K::If, K::Name]);
    assert_eq!(toks("1else\n")[..2], [(K::Number, "1"), (K::Else, "else")]);
}

#[test]
fn number_errors() {
    let lz = "leading zeros in decimal integer literals are not permitted; \
              use an 0o prefix for octal integers";
    let cases: &[(&str, &str, usize)] = &[
        ("1_", "invalid decimal literal", 2),
        ("1__0", "invalid decimal literal", 2),
        ("0x", "invalid hexadecimal literal", 2),
        ("0x_", "invalid hexadecimal literal", 3),
        ("0xfj", "invalid hexadecimal literal", 3),
        ("0b2", "invalid digit '2' in binary literal", 3),
        ("0b1_", "invalid binary literal", 4),
        ("0o8", "invalid octal literal", 3),
        ("0o1_8", "invalid digit '8' in octal literal", 5),
        ("012", lz, 1),
        ("0_7", lz, 1),
        ("1e", "invalid decimal literal", 1),
        ("1e+", "invalid decimal literal", 3),
        ("1.5e3_", "invalid decimal literal", 6),
        ("1_.5", "invalid decimal literal", 2),
        ("1._5", "invalid decimal literal", 2),
        ("5abc", "invalid decimal literal", 1),
        ("1j2", "invalid imaginary literal", 2),
        ("0123_", "invalid decimal literal", 5),
        ("1.__class__", "invalid decimal literal", 2),
        ("1elsea", "invalid decimal literal", 1),
        ("1andy", "invalid decimal literal", 1),
        ("1orr", "invalid decimal literal", 1),
    ];
    for &(src, msg, offset) in cases {
        let msg = if src == "0o8" {
            "invalid digit '8' in octal literal"
        } else {
            msg
        };
        assert_eq!(err(src), syntax(msg, 1, offset), "{src}");
    }
}

#[test]
fn number_keyword_warnings() {
    let warnings: Vec<(String, u32, u32)> = tokenize("x = 1if 1 else 2\ny = [0x1for x in y]\n")
        .warnings
        .into_iter()
        .map(|w| (w.msg, w.lineno, w.col))
        .collect();
    assert_eq!(
        warnings,
        [
            ("invalid decimal literal".to_string(), 1, 4),
            ("invalid hexadecimal literal".to_string(), 2, 8)
        ]
    );
}

#[test]
fn string_prefixes() {
    for s in [
        "'a'",
        "b'a'",
        "Rb'a'",
        "bR'a'",
        "u'a'",
        "'''a\nb'''",
        "\"\"\"a\"\"\"",
        r"'a\'b'",
        r"r'\\'",
    ] {
        let src = format!("{s}\n");
        assert_eq!(toks(&src)[0], (K::String, s), "{s}");
    }
    // Not prefixes: the name is separate.
    assert_eq!(toks("rr'a'\n")[0], (K::Name, "rr"));
    assert_eq!(toks("xb'a'\n")[0], (K::Name, "xb"));
    assert_eq!(toks("rt'a'\n")[0], (K::TStringStart, "rt'"));
}

#[test]
fn incompatible_prefixes() {
    let cases = [
        ("x = bu'ac'", "'u' and 'b' prefixes are incompatible"),
        ("x = ur'a'", "'u' and 'r' prefixes are incompatible"),
        ("x = fu'a'", "'u' and 'f' prefixes are incompatible"),
        ("x = brf'a'", "'b' and 'f' prefixes are incompatible"),
        ("x = Tb'a'", "'b' and 't' prefixes are incompatible"),
        ("x = ft'a'", "'f' and 't' prefixes are incompatible"),
        ("x = rbu'a'", "'u' and 'b' prefixes are incompatible"),
    ];
    for (src, msg) in cases {
        assert_eq!(err(src), syntax(msg, 1, 5), "{src}");
    }
    let e = tokenize("x = frb'a'").error.unwrap();
    assert_eq!((e.col, e.end_col), (4, 7));
}

#[test]
fn string_errors() {
    let cases: &[(&str, &str, u32, usize)] = &[
        (
            "'abc",
            "unterminated string literal (detected at line 1)",
            1,
            1,
        ),
        (
            "x = 'abc\n",
            "unterminated string literal (detected at line 1)",
            1,
            5,
        ),
        (
            "'''abc\n\n",
            "unterminated triple-quoted string literal (detected at line 2)",
            1,
            1,
        ),
        (
            "x = '''\n\n\n",
            "unterminated triple-quoted string literal (detected at line 3)",
            1,
            5,
        ),
        (
            "x = f'abc",
            "unterminated f-string literal (detected at line 1)",
            1,
            5,
        ),
        (
            "f'''abc\nde",
            "unterminated triple-quoted f-string literal (detected at line 2)",
            1,
            1,
        ),
        (
            "'\\\n",
            "unterminated string literal (detected at line 1)",
            1,
            1,
        ),
        (
            "x = 'a\\' + b\n",
            "unterminated string literal (detected at line 1); perhaps you escaped the end quote?",
            1,
            5,
        ),
        (
            "rb'\\'",
            "unterminated string literal (detected at line 1); perhaps you escaped the end quote?",
            1,
            1,
        ),
        (
            "f'a\\'",
            "unterminated f-string literal (detected at line 1)",
            1,
            1,
        ),
    ];
    for &(src, msg, line, offset) in cases {
        assert_eq!(err(src), syntax(msg, line, offset), "{src:?}");
    }
}

#[test]
fn bracket_errors() {
    let cases: &[(&str, &str, u32, usize)] = &[
        ("(", "'(' was never closed", 1, 1),
        ("x = [1,\n2,\n", "'[' was never closed", 1, 5),
        ("x = {(1,\n[2,\n", "'[' was never closed", 2, 1),
        (")", "unmatched ')'", 1, 1),
        (
            "(]",
            "closing parenthesis ']' does not match opening parenthesis '('",
            1,
            2,
        ),
        (
            "x = (1,\n]",
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
            2,
            1,
        ),
    ];
    for &(src, msg, line, offset) in cases {
        assert_eq!(err(src), syntax(msg, line, offset), "{src:?}");
    }
}

#[test]
fn character_errors() {
    let cases: &[(&str, &str, usize)] = &[
        ("€", "invalid character '€' (U+20AC)", 1),
        ("x = a€", "invalid character '€' (U+20AC)", 6),
        ("a.²", "invalid character '²' (U+00B2)", 3),
        ("\u{a0}", "invalid non-printable character U+00A0", 1),
        ("x\u{a0}", "invalid non-printable character U+00A0", 2),
        ("\u{1}", "invalid non-printable character U+0001", 1),
        (
            "x = 1 \\ 2",
            "unexpected character after line continuation character",
            8,
        ),
        (
            "\\x",
            "unexpected character after line continuation character",
            2,
        ),
        ("x = \\", "unexpected EOF while parsing", 6),
        ("x = 1\\\n", "unexpected EOF while parsing", 7),
    ];
    for &(src, msg, offset) in cases {
        assert_eq!(err(src), syntax(msg, 1, offset), "{src:?}");
    }
    // Characters no token starts with are left to the parser.
    assert_eq!(toks("$\n")[0], (K::ErrorToken, "$"));
}

#[test]
fn nesting_limits() {
    let parens = format!("x = (\n{}{}", "(".repeat(200), ")".repeat(201));
    assert_eq!(err(&parens), syntax("too many nested parentheses", 2, 200));
    let mut deep = String::from("if 1:\n");
    for i in 1..=100 {
        deep.push_str(&format!("{}if 1:\n", " ".repeat(i)));
    }
    let (class, msg, line, offset) = err(&deep);
    assert_eq!(
        (class, msg.as_str(), line, offset),
        ("IndentationError", "too many levels of indentation", 101, 1)
    );
}

#[test]
fn long_inputs_do_not_recurse() {
    let joined = format!("x = 1{}\n", " \\\n".repeat(200_000));
    assert_eq!(tokenize(&joined).tokens.len(), 5);
    let nested = "f'{".repeat(10_000);
    assert!(tokenize(&nested).error.is_some());
}

#[test]
fn unicode_identifiers() {
    assert_eq!(toks("ﬁ = aⅠ\n")[0], (K::Name, "ﬁ"));
    assert_eq!(identifier("ﬁ"), "fi");
    assert_eq!(identifier("ascii"), "ascii");
    assert!(matches!(identifier("é"), std::borrow::Cow::Borrowed(_)));
}

#[test]
fn indentation_errors() {
    let (class, msg, line, offset) = err("if x:\n    a\n  b\n");
    assert_eq!(
        (class, msg.as_str(), line, offset),
        (
            "IndentationError",
            "unindent does not match any outer indentation level",
            3,
            4
        )
    );
    for src in [
        "if x:\n\ta\n        b\n",
        "if x:\n        a\n\tb\n",
        "if x:\n  a\n \tb\n",
    ] {
        let (class, msg, line, offset) = err(src);
        assert_eq!(
            (class, msg.as_str(), line, offset),
            (
                "TabError",
                "inconsistent use of tabs and spaces in indentation",
                3,
                1
            ),
            "{src:?}"
        );
    }
    // Consistent tabs are fine; unexpected indents are the parser's to report.
    assert!(tokenize("if x:\n\ta\n\tb\n").error.is_none());
    assert!(tokenize("a\n  b\n").error.is_none());
}

#[test]
fn fstring_tokens() {
    use K::*;
    let src = "f'a{{b}}c{x!r:>{w}} {y=}'\n";
    assert_eq!(
        toks(src),
        [
            (FStringStart, "f'"),
            (FStringMiddle, "a{"),
            (FStringMiddle, "b}"),
            (FStringMiddle, "c"),
            (LBrace, "{"),
            (Name, "x"),
            (Exclamation, "!"),
            (Name, "r"),
            (Colon, ":"),
            (FStringMiddle, ">"),
            (LBrace, "{"),
            (Name, "w"),
            (RBrace, "}"),
            (FStringMiddle, ""),
            (RBrace, "}"),
            (FStringMiddle, " "),
            (LBrace, "{"),
            (Name, "y"),
            (Equal, "="),
            (RBrace, "}"),
            (FStringEnd, "'"),
            (Newline, "\n"),
            (EndMarker, ""),
        ]
    );
}

#[test]
fn fstring_nesting_and_specs() {
    use K::*;
    // Same quotes nest; `:` inside brackets is not a format spec.
    let kinds: Vec<K> = toks("f'{f'{1}'}{a[1:2]}'\n").iter().map(|t| t.0).collect();
    assert_eq!(
        kinds,
        [
            FStringStart,
            LBrace,
            FStringStart,
            LBrace,
            Number,
            RBrace,
            FStringEnd,
            RBrace,
            LBrace,
            Name,
            LSqb,
            Number,
            Colon,
            Number,
            RSqb,
            RBrace,
            FStringEnd,
            Newline,
            EndMarker
        ]
    );
    // `\N{...}` is one escape in a non-raw f-string, a field in a raw one.
    assert_eq!(
        toks("f'a\\N{DASH}b'\n")[1..3],
        [(FStringMiddle, "a\\N{DASH}"), (FStringMiddle, "b")]
    );
    assert_eq!(
        toks("rf'\\N{x}'\n")[1..3],
        [(FStringMiddle, "\\N"), (LBrace, "{")]
    );
    // Multi-line expressions and specs in triple-quoted f-strings.
    let kinds: Vec<K> = toks("f'''{\nx\n:\n}'''\n").iter().map(|t| t.0).collect();
    assert_eq!(
        kinds,
        [
            FStringStart,
            LBrace,
            Name,
            Colon,
            FStringMiddle,
            RBrace,
            FStringEnd,
            Newline,
            EndMarker
        ]
    );
}

#[test]
fn fstring_escape_warnings() {
    let result = tokenize("\n\nx = f'\\{a}' + rf'\\{b}'\n");
    let w: Vec<(&str, u32, u32)> = result
        .warnings
        .iter()
        .map(|w| (w.msg.as_str(), w.lineno, w.col))
        .collect();
    assert_eq!(
        w,
        [(
            "\"\\{\" is an invalid escape sequence. Such sequences will not work in the future. \
             Did you mean \"\\\\{\"? A raw string is also an option.",
            3,
            7
        )]
    );
}

#[test]
fn tstrings() {
    use K::*;
    let kinds: Vec<K> = toks("t'a{b}' T'''x'''\n").iter().map(|t| t.0).collect();
    assert_eq!(
        kinds,
        [
            TStringStart,
            TStringMiddle,
            LBrace,
            Name,
            RBrace,
            TStringEnd,
            TStringStart,
            TStringMiddle,
            TStringEnd,
            Newline,
            EndMarker
        ]
    );
}

#[test]
fn fstring_errors() {
    let cases: &[(&str, &str, usize)] = &[
        ("f'{'", "f-string: expecting '}'", 4),
        ("f'{x'", "f-string: expecting '}'", 5),
        ("f'{x!'", "f-string: expecting '}'", 6),
        ("f'{x:{'", "f-string: expecting '}'", 7),
        ("t'{'", "t-string: expecting '}'", 4),
        ("f'}'", "f-string: single '}' is not allowed", 3),
        ("f'{{}'", "f-string: single '}' is not allowed", 5),
        ("f'{x:}}'", "f-string: single '}' is not allowed", 7),
        ("f'{#}'", "'{' was never closed", 3),
        (
            "f'{x:{y:{z:{w}}}}'",
            "f-string: expressions nested too deeply",
            11,
        ),
        (
            "f'{x:a\nb}'",
            "f-string: newlines are not allowed in format specifiers for single quoted f-strings",
            7,
        ),
        ("f'{x}}'", "f-string: single '}' is not allowed", 6),
    ];
    for &(src, msg, offset) in cases {
        assert_eq!(err(src), syntax(msg, 1, offset), "{src:?}");
    }
    assert!(tokenize("f'{x:{y:{z}}}'\n").error.is_none());
    // After a nested field, the rest of a spec is text: `{{` is an escape.
    assert_eq!(
        err("f'{x:{a}{{1: 2}[1]}'"),
        syntax("f-string: single '}' is not allowed", 1, 19)
    );
    assert_eq!(err("f'''{x\n'''"), syntax("f-string: expecting '}'", 2, 1));
}

#[test]
fn tokens_before_an_error_are_kept() {
    let result = tokenize("x = 1\ny = (\n");
    assert_eq!(result.tokens.len(), 7);
    assert_eq!(
        result.error.map(|e| e.msg),
        Some("'(' was never closed".into())
    );
}

#[test]
fn which_errors_replace_an_earlier_parser_error() {
    // (source after a line-1 parser error, whether CPython reports the
    // tokenizer error instead)
    let cases = [
        ("y = )\n", true),
        ("y = €\n", true),
        ("y = '''abc\n", true),
        ("y = 1_\n", true),
        ("y = (]\n", true),
        ("y = 1 \\ 2\n", false),
        ("y = \\", false),
        ("y = f'{'\n", false),
        ("y = f'abc\n", false),
        ("y = f'}'\n", false),
        ("if x:\n\ty\n        z\n", false),
        ("if x:\n    a\n  b\n", false),
        ("y = (\n", false),
    ];
    for (rest, replaces) in cases {
        let src = format!("x = = 1\n{rest}");
        let result = tokenize(&src);
        assert!(result.error.is_some(), "{src:?}");
        assert_eq!(result.error_replaces(1), replaces, "{src:?}");
    }
    // An unclosed bracket wins only when opened before the parser's error.
    assert!(tokenize("(\nx = = 1\n").error_replaces(2));
}

#[test]
fn decoding() {
    assert_eq!(
        decode_source(b"\xef\xbb\xbfx\r\ny\r", None).unwrap(),
        "x\ny\n"
    );
    assert_eq!(
        decode_source(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n", None).unwrap(),
        "# -*- coding: latin-1 -*-\nx = 'é'\n"
    );
    assert!(decode_source(b"#!python\n# vim: fileencoding=ascii\n", None).is_ok());
    let e = decode_source(b"# coding: foo\n", None).unwrap_err();
    assert_eq!(e.msg, "unknown encoding: foo");
    let e = decode_source(b"\n\nx = \"\xc3\xa9\xe9\"\n", Some("m.py")).unwrap_err();
    assert_eq!(
        e.msg,
        "Non-UTF-8 code starting with '\\xe9' in file m.py on line 3, but no encoding \
         declared; see https://peps.python.org/pep-0263/ for details"
    );
    let e = decode_source(b"# coding: utf-8\nx = \"\xff\"\n", None).unwrap_err();
    assert_eq!(
        e.msg,
        "(unicode error) 'utf-8' codec can't decode byte 0xff in position 5: invalid start byte"
    );
    let e = decode_source(b"\xef\xbb\xbf# coding: latin-1\n", None).unwrap_err();
    assert_eq!(e.msg, "encoding problem: iso-8859-1 with BOM");
    let e = decode_source(b"x = 1\x00\n", Some("f.py")).unwrap_err();
    assert_eq!(e.msg, "source code cannot contain null bytes");
    // A declaration on line 2 counts only after a comment or blank line 1.
    assert!(decode_source(b"x = 1\n# coding: foo\n", None).is_ok());
}

#[test]
fn listing_format() {
    let expected = "\
0,0-0,0:            ENCODING       'utf-8'        \n\
1,0-1,2:            NAME           'if'           \n\
1,3-1,4:            NAME           'x'            \n\
1,4-1,5:            COLON          ':'            \n\
1,6-1,9:            COMMENT        '# c'          \n\
1,9-1,10:           NEWLINE        '\\n'           \n\
2,0-2,2:            INDENT         '  '           \n\
2,2-2,5:            STRING         \"'é'\"          \n\
2,5-2,6:            NEWLINE        ''             \n\
3,0-3,0:            DEDENT         ''             \n\
3,0-3,0:            ENDMARKER      ''             \n";
    assert_eq!(listing("if x: # c\n  'é'"), expected);
}

#[test]
fn listing_is_lenient_like_tokenize() {
    let out = listing("x = 5abc + 012 + a€\n");
    assert!(out.contains("NUMBER         '5'"));
    assert!(out.contains("NAME           'abc'"));
    assert!(out.contains("NUMBER         '012'"));
    assert!(out.contains("NAME           'a€'"));
    assert!(listing("$\n").contains("OP             '$'"));
}

#[test]
fn listing_crlf_and_blank_lines() {
    let out = listing("x\r\n# c\r\n\r\n");
    assert!(out.contains("1,1-1,3:            NEWLINE        '\\r\\n'"));
    assert!(out.contains("2,0-2,3:            COMMENT        '# c'"));
    assert!(out.contains("2,3-2,5:            NL             '\\r\\n'"));
    assert!(out.contains("3,0-3,2:            NL             '\\r\\n'"));
    assert!(listing("# c").contains("1,3-1,4:            NL             ''"));
    assert!(listing("x\n   ").contains("2,3-2,4:            NL             ''"));
}

#[test]
fn no_panics_on_truncations_and_noise() {
    let sample = "def f(a, *, b=1) -> int:\n    '''doc'''\n    return f'{a!r:>{b}}' + \
                  rb'\\x' + 0x_1f + 1.5e-3j  # c\n\tx = [\n1,\n]\n";
    for end in 0..=sample.len() {
        if let Some(s) = sample.get(..end) {
            let _ = tokenize(s);
            let _ = token_listing(s.as_bytes());
        }
    }
    const ALPHABET: &[u8] = b"\"'{}()[]:!=#\\\n\r\t fxr0._1e\xc3\xa9\xff";
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for _ in 0..2000 {
        let len = (seed % 40) as usize;
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                ALPHABET[(seed % ALPHABET.len() as u64) as usize]
            })
            .collect();
        let _ = token_listing(&bytes);
        if let Ok(text) = decode_source(&bytes, None) {
            let _ = tokenize(&text);
        }
    }
}
