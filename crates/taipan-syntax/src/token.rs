//! Token kinds and tokens.
//!
//! The kinds are CPython's exact token types (Grammar/Tokens), plus one kind
//! per keyword: the tokenizer classifies keywords once so that the parser
//! compares integers, not strings. `TokenKind::name()` maps keyword kinds
//! back to `NAME`, as CPython's tokenize module reports them.

macro_rules! token_kinds {
    (
        plain { $($pvariant:ident => $pname:literal,)* }
        operators { $($ovariant:ident => $oname:literal $otext:literal,)* }
        keywords { $($kvariant:ident => $ktext:literal,)* }
    ) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum TokenKind {
            $($pvariant,)*
            $($ovariant,)*
            $($kvariant,)*
        }

        impl TokenKind {
            /// The exact token type name, as `python -m tokenize -e` prints it.
            pub fn name(self) -> &'static str {
                match self {
                    $(TokenKind::$pvariant => $pname,)*
                    $(TokenKind::$ovariant => $oname,)*
                    $(TokenKind::$kvariant => "NAME",)*
                }
            }

            /// The operator kind spelled `text`, if any.
            pub fn operator(text: &str) -> Option<TokenKind> {
                match text {
                    $($otext => Some(TokenKind::$ovariant),)*
                    _ => None,
                }
            }

            /// The hard keyword spelled `text`, if any.
            pub fn keyword(text: &str) -> Option<TokenKind> {
                match text {
                    $($ktext => Some(TokenKind::$kvariant),)*
                    _ => None,
                }
            }

            /// The fixed spelling of an operator or keyword kind.
            pub fn text(self) -> Option<&'static str> {
                match self {
                    $(TokenKind::$ovariant => Some($otext),)*
                    $(TokenKind::$kvariant => Some($ktext),)*
                    _ => None,
                }
            }

            pub fn is_keyword(self) -> bool {
                matches!(self, $(TokenKind::$kvariant)|*)
            }

            pub fn is_operator(self) -> bool {
                matches!(self, $(TokenKind::$ovariant)|*)
            }
        }
    };
}

token_kinds! {
    plain {
        EndMarker => "ENDMARKER",
        Name => "NAME",
        Number => "NUMBER",
        String => "STRING",
        Newline => "NEWLINE",
        Indent => "INDENT",
        Dedent => "DEDENT",
        FStringStart => "FSTRING_START",
        FStringMiddle => "FSTRING_MIDDLE",
        FStringEnd => "FSTRING_END",
        TStringStart => "TSTRING_START",
        TStringMiddle => "TSTRING_MIDDLE",
        TStringEnd => "TSTRING_END",
        Comment => "COMMENT",
        Nl => "NL",
        TypeComment => "TYPE_COMMENT",
        ErrorToken => "ERRORTOKEN",
        Encoding => "ENCODING",
    }
    operators {
        LPar => "LPAR" "(",
        RPar => "RPAR" ")",
        LSqb => "LSQB" "[",
        RSqb => "RSQB" "]",
        Colon => "COLON" ":",
        Comma => "COMMA" ",",
        Semi => "SEMI" ";",
        Plus => "PLUS" "+",
        Minus => "MINUS" "-",
        Star => "STAR" "*",
        Slash => "SLASH" "/",
        VBar => "VBAR" "|",
        Amper => "AMPER" "&",
        Less => "LESS" "<",
        Greater => "GREATER" ">",
        Equal => "EQUAL" "=",
        Dot => "DOT" ".",
        Percent => "PERCENT" "%",
        LBrace => "LBRACE" "{",
        RBrace => "RBRACE" "}",
        EqEqual => "EQEQUAL" "==",
        NotEqual => "NOTEQUAL" "!=",
        LessEqual => "LESSEQUAL" "<=",
        GreaterEqual => "GREATEREQUAL" ">=",
        Tilde => "TILDE" "~",
        Circumflex => "CIRCUMFLEX" "^",
        LeftShift => "LEFTSHIFT" "<<",
        RightShift => "RIGHTSHIFT" ">>",
        DoubleStar => "DOUBLESTAR" "**",
        PlusEqual => "PLUSEQUAL" "+=",
        MinEqual => "MINEQUAL" "-=",
        StarEqual => "STAREQUAL" "*=",
        SlashEqual => "SLASHEQUAL" "/=",
        PercentEqual => "PERCENTEQUAL" "%=",
        AmperEqual => "AMPEREQUAL" "&=",
        VBarEqual => "VBAREQUAL" "|=",
        CircumflexEqual => "CIRCUMFLEXEQUAL" "^=",
        LeftShiftEqual => "LEFTSHIFTEQUAL" "<<=",
        RightShiftEqual => "RIGHTSHIFTEQUAL" ">>=",
        DoubleStarEqual => "DOUBLESTAREQUAL" "**=",
        DoubleSlash => "DOUBLESLASH" "//",
        DoubleSlashEqual => "DOUBLESLASHEQUAL" "//=",
        At => "AT" "@",
        AtEqual => "ATEQUAL" "@=",
        RArrow => "RARROW" "->",
        Ellipsis => "ELLIPSIS" "...",
        ColonEqual => "COLONEQUAL" ":=",
        Exclamation => "EXCLAMATION" "!",
    }
    keywords {
        False => "False",
        None => "None",
        True => "True",
        And => "and",
        As => "as",
        Assert => "assert",
        Async => "async",
        Await => "await",
        Break => "break",
        Class => "class",
        Continue => "continue",
        Def => "def",
        Del => "del",
        Elif => "elif",
        Else => "else",
        Except => "except",
        Finally => "finally",
        For => "for",
        From => "from",
        Global => "global",
        If => "if",
        Import => "import",
        In => "in",
        Is => "is",
        Lambda => "lambda",
        Nonlocal => "nonlocal",
        Not => "not",
        Or => "or",
        Pass => "pass",
        Raise => "raise",
        Return => "return",
        Try => "try",
        While => "while",
        With => "with",
        Yield => "yield",
    }
}

/// A position in the source: 1-based line, 0-based column in UTF-8 bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

/// One token. Its text is `source[start..end]` (byte offsets into the
/// decoded source); `begin` and `finish` are its line/column span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub start: u32,
    pub end: u32,
    pub begin: Pos,
    pub finish: Pos,
}

impl Token {
    pub fn text<'s>(&self, source: &'s str) -> &'s str {
        &source[self.start as usize..self.end as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_agree() {
        assert_eq!(TokenKind::operator("**="), Some(TokenKind::DoubleStarEqual));
        assert_eq!(TokenKind::DoubleStarEqual.name(), "DOUBLESTAREQUAL");
        assert_eq!(TokenKind::keyword("lambda"), Some(TokenKind::Lambda));
        assert_eq!(TokenKind::Lambda.name(), "NAME");
        assert_eq!(TokenKind::keyword("match"), None);
        assert!(TokenKind::Yield.is_keyword() && !TokenKind::Name.is_keyword());
        assert_eq!(TokenKind::Ellipsis.text(), Some("..."));
    }
}
