//! The meanings of opargs: operator numbers, intrinsic functions, common
//! constants and the bit layouts of packed opargs.
//!
//! Every enum here is generated from one list by `oparg_enum!`, which gives
//! the numbering (CPython 3.14's), the `dis` text and the lookup both ways.

/// Declares a `#[repr(u8)]` enum numbered from 0 in list order, with its
/// `dis` text, `ALL`, `from_u32` and `text()`.
macro_rules! oparg_enum {
    (
        $(#[$meta:meta])*
        pub enum $enum:ident { $( $(#[$vmeta:meta])* $variant:ident => $text:literal, )* }
    ) => {
        $(#[$meta])*
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum $enum { $( $(#[$vmeta])* $variant, )* }

        impl $enum {
            /// Every value, in oparg order.
            pub const ALL: &'static [$enum] = &[ $( $enum::$variant, )* ];

            /// The value an oparg stands for, if any.
            pub const fn from_u32(oparg: u32) -> Option<$enum> {
                if (oparg as usize) < Self::ALL.len() {
                    Some(Self::ALL[oparg as usize])
                } else {
                    None
                }
            }

            /// The text `dis` shows for it.
            pub const fn text(self) -> &'static str {
                match self { $( $enum::$variant => $text, )* }
            }

            /// The name of the C constant CPython gives it.
            pub const fn name(self) -> &'static str {
                match self { $( $enum::$variant => stringify!($variant), )* }
            }
        }
    };
}

oparg_enum! {
    /// `BINARY_OP`'s oparg (CPython's `NB_*`); `text()` is the operator as
    /// `dis` prints it. Subscript is `BINARY_OP` too since 3.14.
    pub enum BinaryOperator {
        NB_ADD => "+",
        NB_AND => "&",
        NB_FLOOR_DIVIDE => "//",
        NB_LSHIFT => "<<",
        NB_MATRIX_MULTIPLY => "@",
        NB_MULTIPLY => "*",
        NB_REMAINDER => "%",
        NB_OR => "|",
        NB_POWER => "**",
        NB_RSHIFT => ">>",
        NB_SUBTRACT => "-",
        NB_TRUE_DIVIDE => "/",
        NB_XOR => "^",
        NB_INPLACE_ADD => "+=",
        NB_INPLACE_AND => "&=",
        NB_INPLACE_FLOOR_DIVIDE => "//=",
        NB_INPLACE_LSHIFT => "<<=",
        NB_INPLACE_MATRIX_MULTIPLY => "@=",
        NB_INPLACE_MULTIPLY => "*=",
        NB_INPLACE_REMAINDER => "%=",
        NB_INPLACE_OR => "|=",
        NB_INPLACE_POWER => "**=",
        NB_INPLACE_RSHIFT => ">>=",
        NB_INPLACE_SUBTRACT => "-=",
        NB_INPLACE_TRUE_DIVIDE => "/=",
        NB_INPLACE_XOR => "^=",
        NB_SUBSCR => "[]",
    }
}

impl BinaryOperator {
    /// The in-place form of a plain operator (`+` to `+=`), for augmented
    /// assignment; `None` for in-place operators and subscript.
    pub const fn inplace(self) -> Option<BinaryOperator> {
        let n = self as u32;
        if n <= BinaryOperator::NB_XOR as u32 {
            BinaryOperator::from_u32(n + BinaryOperator::NB_INPLACE_ADD as u32)
        } else {
            None
        }
    }
}

oparg_enum! {
    /// The comparison in bits 5 and up of `COMPARE_OP`'s oparg
    /// (`opcode.cmp_op`).
    pub enum ComparisonOp {
        Lt => "<",
        Le => "<=",
        Eq => "==",
        Ne => "!=",
        Gt => ">",
        Ge => ">=",
    }
}

impl ComparisonOp {
    /// `COMPARE_OP`'s oparg bit asking for the result converted to `bool`
    /// (the compiler sets it when a branch consumes the result).
    pub const TO_BOOL_BIT: u32 = 16;

    /// Which outcomes of comparing two floats make the comparison true:
    /// unordered 1, less 2, greater 4, equal 8. The low 4 bits of the
    /// oparg carry it so that specialized comparisons test one mask.
    pub const fn mask(self) -> u32 {
        match self {
            ComparisonOp::Lt => 2,
            ComparisonOp::Le => 2 | 8,
            ComparisonOp::Eq => 8,
            ComparisonOp::Ne => 1 | 2 | 4,
            ComparisonOp::Gt => 4,
            ComparisonOp::Ge => 4 | 8,
        }
    }

    /// The `COMPARE_OP` oparg for this comparison.
    pub const fn oparg(self, to_bool: bool) -> u32 {
        let bool_bit = if to_bool { Self::TO_BOOL_BIT } else { 0 };
        (self as u32) << 5 | bool_bit | self.mask()
    }

    /// The comparison a `COMPARE_OP` oparg encodes.
    pub const fn from_oparg(oparg: u32) -> Option<ComparisonOp> {
        ComparisonOp::from_u32(oparg >> 5)
    }
}

oparg_enum! {
    /// `CALL_INTRINSIC_1`'s oparg.
    pub enum Intrinsic1 {
        INTRINSIC_1_INVALID => "INTRINSIC_1_INVALID",
        INTRINSIC_PRINT => "INTRINSIC_PRINT",
        INTRINSIC_IMPORT_STAR => "INTRINSIC_IMPORT_STAR",
        INTRINSIC_STOPITERATION_ERROR => "INTRINSIC_STOPITERATION_ERROR",
        INTRINSIC_ASYNC_GEN_WRAP => "INTRINSIC_ASYNC_GEN_WRAP",
        INTRINSIC_UNARY_POSITIVE => "INTRINSIC_UNARY_POSITIVE",
        INTRINSIC_LIST_TO_TUPLE => "INTRINSIC_LIST_TO_TUPLE",
        INTRINSIC_TYPEVAR => "INTRINSIC_TYPEVAR",
        INTRINSIC_PARAMSPEC => "INTRINSIC_PARAMSPEC",
        INTRINSIC_TYPEVARTUPLE => "INTRINSIC_TYPEVARTUPLE",
        INTRINSIC_SUBSCRIPT_GENERIC => "INTRINSIC_SUBSCRIPT_GENERIC",
        INTRINSIC_TYPEALIAS => "INTRINSIC_TYPEALIAS",
    }
}

oparg_enum! {
    /// `CALL_INTRINSIC_2`'s oparg.
    pub enum Intrinsic2 {
        INTRINSIC_2_INVALID => "INTRINSIC_2_INVALID",
        INTRINSIC_PREP_RERAISE_STAR => "INTRINSIC_PREP_RERAISE_STAR",
        INTRINSIC_TYPEVAR_WITH_BOUND => "INTRINSIC_TYPEVAR_WITH_BOUND",
        INTRINSIC_TYPEVAR_WITH_CONSTRAINTS => "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS",
        INTRINSIC_SET_FUNCTION_TYPE_PARAMS => "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
        INTRINSIC_SET_TYPEPARAM_DEFAULT => "INTRINSIC_SET_TYPEPARAM_DEFAULT",
    }
}

oparg_enum! {
    /// `LOAD_COMMON_CONSTANT`'s oparg: objects the compiler needs but that
    /// code cannot name reliably (builtins may be shadowed). `text()` is
    /// what `dis` shows: a type's name, a function's repr.
    pub enum CommonConstant {
        CONSTANT_ASSERTIONERROR => "AssertionError",
        CONSTANT_NOTIMPLEMENTEDERROR => "NotImplementedError",
        CONSTANT_BUILTIN_TUPLE => "tuple",
        CONSTANT_BUILTIN_ALL => "<built-in function all>",
        CONSTANT_BUILTIN_ANY => "<built-in function any>",
    }
}

oparg_enum! {
    /// `LOAD_SPECIAL`'s oparg: the special method looked up on the type.
    pub enum SpecialMethod {
        SPECIAL___ENTER__ => "__enter__",
        SPECIAL___EXIT__ => "__exit__",
        SPECIAL___AENTER__ => "__aenter__",
        SPECIAL___AEXIT__ => "__aexit__",
    }
}

oparg_enum! {
    /// `CONVERT_VALUE`'s oparg: the f-string `!s`/`!r`/`!a` conversion.
    pub enum Conversion {
        FVC_NONE => "",
        FVC_STR => "str",
        FVC_REPR => "repr",
        FVC_ASCII => "ascii",
    }
}

oparg_enum! {
    /// `SET_FUNCTION_ATTRIBUTE`'s oparg is `1 << attribute`.
    pub enum FunctionAttribute {
        MAKE_FUNCTION_DEFAULTS => "defaults",
        MAKE_FUNCTION_KWDEFAULTS => "kwdefaults",
        MAKE_FUNCTION_ANNOTATIONS => "annotations",
        MAKE_FUNCTION_CLOSURE => "closure",
        MAKE_FUNCTION_ANNOTATE => "annotate",
    }
}

impl FunctionAttribute {
    /// The oparg bit for this attribute.
    pub const fn bit(self) -> u32 {
        1 << self as u32
    }
}

/// `RESUME`'s oparg: where the frame resumes (low 2 bits) and whether the
/// exception depth is 1 (bit 2), as CPython encodes it.
pub mod resume {
    /// At the start of the function.
    pub const AT_FUNC_START: u32 = 0;
    /// After a `yield`.
    pub const AFTER_YIELD: u32 = 1;
    /// After a `yield from`.
    pub const AFTER_YIELD_FROM: u32 = 2;
    /// After an `await`.
    pub const AFTER_AWAIT: u32 = 3;
    /// Mask of the location part.
    pub const LOCATION_MASK: u32 = 3;
    /// Set when the yield happens at exception depth 1 (inside one handler).
    pub const DEPTH1_MASK: u32 = 4;
}

/// `LOAD_GLOBAL`'s oparg: the name index, and whether a `NULL` is pushed
/// after the global (for a following `CALL`).
pub const fn load_global_arg(name: u32, push_null: bool) -> u32 {
    name << 1 | push_null as u32
}

/// `LOAD_ATTR`'s oparg: the name index, and whether this is a method load
/// (pushes the method and `self`, or `NULL` and the attribute).
pub const fn load_attr_arg(name: u32, is_method: bool) -> u32 {
    name << 1 | is_method as u32
}

/// `LOAD_SUPER_ATTR`'s oparg: the name index, whether `super()` was called
/// with two arguments, and whether this is a method load.
pub const fn load_super_attr_arg(name: u32, two_args: bool, is_method: bool) -> u32 {
    name << 2 | (two_args as u32) << 1 | is_method as u32
}

/// The oparg of the local-pair super-instructions
/// (`LOAD_FAST_LOAD_FAST` ...): both indexes must be below 16.
pub const fn local_pair_arg(first: u32, second: u32) -> Option<u32> {
    if first < 16 && second < 16 {
        Some(first << 4 | second)
    } else {
        None
    }
}

/// The two local indexes of a local-pair oparg.
pub const fn split_local_pair(oparg: u32) -> (u32, u32) {
    (oparg >> 4, oparg & 15)
}

/// `UNPACK_EX`'s oparg: targets before the starred one (at most 255) and
/// after it.
pub const fn unpack_ex_arg(before: u32, after: u32) -> Option<u32> {
    if before < 256 {
        Some(after << 8 | before)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compare_opargs_match_cpython() {
        // `a == b` in a branch is 88 and `a != b` as a value is 103 in 3.14.
        assert_eq!(ComparisonOp::Eq.oparg(true), 88);
        assert_eq!(ComparisonOp::Ne.oparg(false), 103);
        assert_eq!(ComparisonOp::from_oparg(88), Some(ComparisonOp::Eq));
    }

    #[test]
    fn inplace_operators() {
        assert_eq!(
            BinaryOperator::NB_ADD.inplace(),
            Some(BinaryOperator::NB_INPLACE_ADD)
        );
        assert_eq!(
            BinaryOperator::NB_XOR.inplace(),
            Some(BinaryOperator::NB_INPLACE_XOR)
        );
        assert_eq!(BinaryOperator::NB_SUBSCR.inplace(), None);
        assert_eq!(BinaryOperator::NB_INPLACE_ADD.inplace(), None);
    }

    #[test]
    fn packed_opargs() {
        assert_eq!(load_global_arg(0, true), 1);
        assert_eq!(load_super_attr_arg(3, true, false), 14);
        assert_eq!(local_pair_arg(1, 2), Some(18));
        assert_eq!(local_pair_arg(16, 2), None);
        assert_eq!(split_local_pair(18), (1, 2));
        assert_eq!(unpack_ex_arg(1, 2), Some(0x201));
        assert_eq!(FunctionAttribute::MAKE_FUNCTION_CLOSURE.bit(), 8);
    }
}
