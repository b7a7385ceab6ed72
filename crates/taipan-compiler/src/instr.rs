//! The instructions the compiler works with: CPython 3.14's opcodes, their
//! numbers, inline-cache sizes and stack effects, plus the pseudo-instructions
//! that exist only in the control-flow graph.
//!
//! This is an adapter until `taipan-bytecode` provides the one definition
//! of the instruction set; the names, numbers and effects are CPython 3.14's
//! so the switch is mechanical.

macro_rules! opcodes {
    ($($name:ident = $num:expr, $cache:expr;)*) => {
        /// An opcode: a real CPython 3.14 instruction or a pseudo-instruction
        /// (numbers 256 and up) that the assembler lowers.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Op {
            $($name,)*
        }

        impl Op {
            /// The name `dis` prints.
            pub fn name(self) -> &'static str {
                match self {
                    $(Op::$name => stringify!($name),)*
                }
            }

            /// The opcode number (CPython 3.14's `opcode.opmap`).
            pub fn number(self) -> u16 {
                match self {
                    $(Op::$name => $num,)*
                }
            }

            /// Inline cache code units that follow the instruction.
            pub fn cache_entries(self) -> u32 {
                match self {
                    $(Op::$name => $cache,)*
                }
            }
        }
    };
}

opcodes! {
    CACHE = 0, 0;
    BINARY_SLICE = 1, 0;
    BUILD_TEMPLATE = 2, 0;
    CALL_FUNCTION_EX = 4, 0;
    CHECK_EG_MATCH = 5, 0;
    CHECK_EXC_MATCH = 6, 0;
    CLEANUP_THROW = 7, 0;
    DELETE_SUBSCR = 8, 0;
    END_FOR = 9, 0;
    END_SEND = 10, 0;
    EXIT_INIT_CHECK = 11, 0;
    FORMAT_SIMPLE = 12, 0;
    FORMAT_WITH_SPEC = 13, 0;
    GET_AITER = 14, 0;
    GET_ANEXT = 15, 0;
    GET_ITER = 16, 0;
    GET_LEN = 18, 0;
    GET_YIELD_FROM_ITER = 19, 0;
    LOAD_BUILD_CLASS = 21, 0;
    LOAD_LOCALS = 22, 0;
    MAKE_FUNCTION = 23, 0;
    MATCH_KEYS = 24, 0;
    MATCH_MAPPING = 25, 0;
    MATCH_SEQUENCE = 26, 0;
    NOP = 27, 0;
    NOT_TAKEN = 28, 0;
    POP_EXCEPT = 29, 0;
    POP_ITER = 30, 0;
    POP_TOP = 31, 0;
    PUSH_EXC_INFO = 32, 0;
    PUSH_NULL = 33, 0;
    RETURN_GENERATOR = 34, 0;
    RETURN_VALUE = 35, 0;
    SETUP_ANNOTATIONS = 36, 0;
    STORE_SLICE = 37, 0;
    STORE_SUBSCR = 38, 1;
    TO_BOOL = 39, 3;
    UNARY_INVERT = 40, 0;
    UNARY_NEGATIVE = 41, 0;
    UNARY_NOT = 42, 0;
    WITH_EXCEPT_START = 43, 0;
    BINARY_OP = 44, 5;
    BUILD_INTERPOLATION = 45, 0;
    BUILD_LIST = 46, 0;
    BUILD_MAP = 47, 0;
    BUILD_SET = 48, 0;
    BUILD_SLICE = 49, 0;
    BUILD_STRING = 50, 0;
    BUILD_TUPLE = 51, 0;
    CALL = 52, 3;
    CALL_INTRINSIC_1 = 53, 0;
    CALL_INTRINSIC_2 = 54, 0;
    CALL_KW = 55, 3;
    COMPARE_OP = 56, 1;
    CONTAINS_OP = 57, 1;
    CONVERT_VALUE = 58, 0;
    COPY = 59, 0;
    COPY_FREE_VARS = 60, 0;
    DELETE_ATTR = 61, 0;
    DELETE_DEREF = 62, 0;
    DELETE_FAST = 63, 0;
    DELETE_GLOBAL = 64, 0;
    DELETE_NAME = 65, 0;
    DICT_MERGE = 66, 0;
    DICT_UPDATE = 67, 0;
    END_ASYNC_FOR = 68, 0;
    EXTENDED_ARG = 69, 0;
    FOR_ITER = 70, 1;
    GET_AWAITABLE = 71, 0;
    IMPORT_FROM = 72, 0;
    IMPORT_NAME = 73, 0;
    IS_OP = 74, 0;
    JUMP_BACKWARD = 75, 1;
    JUMP_BACKWARD_NO_INTERRUPT = 76, 0;
    JUMP_FORWARD = 77, 0;
    LIST_APPEND = 78, 0;
    LIST_EXTEND = 79, 0;
    LOAD_ATTR = 80, 9;
    LOAD_COMMON_CONSTANT = 81, 0;
    LOAD_CONST = 82, 0;
    LOAD_DEREF = 83, 0;
    LOAD_FAST = 84, 0;
    LOAD_FAST_AND_CLEAR = 85, 0;
    LOAD_FAST_BORROW = 86, 0;
    LOAD_FAST_BORROW_LOAD_FAST_BORROW = 87, 0;
    LOAD_FAST_CHECK = 88, 0;
    LOAD_FAST_LOAD_FAST = 89, 0;
    LOAD_FROM_DICT_OR_DEREF = 90, 0;
    LOAD_FROM_DICT_OR_GLOBALS = 91, 0;
    LOAD_GLOBAL = 92, 4;
    LOAD_NAME = 93, 0;
    LOAD_SMALL_INT = 94, 0;
    LOAD_SPECIAL = 95, 0;
    LOAD_SUPER_ATTR = 96, 1;
    MAKE_CELL = 97, 0;
    MAP_ADD = 98, 0;
    MATCH_CLASS = 99, 0;
    POP_JUMP_IF_FALSE = 100, 1;
    POP_JUMP_IF_NONE = 101, 1;
    POP_JUMP_IF_NOT_NONE = 102, 1;
    POP_JUMP_IF_TRUE = 103, 1;
    RAISE_VARARGS = 104, 0;
    RERAISE = 105, 0;
    SEND = 106, 1;
    SET_ADD = 107, 0;
    SET_FUNCTION_ATTRIBUTE = 108, 0;
    SET_UPDATE = 109, 0;
    STORE_ATTR = 110, 4;
    STORE_DEREF = 111, 0;
    STORE_FAST = 112, 0;
    STORE_FAST_LOAD_FAST = 113, 0;
    STORE_FAST_STORE_FAST = 114, 0;
    STORE_GLOBAL = 115, 0;
    STORE_NAME = 116, 0;
    SWAP = 117, 0;
    UNPACK_EX = 118, 0;
    UNPACK_SEQUENCE = 119, 1;
    YIELD_VALUE = 120, 0;
    RESUME = 128, 0;
    ANNOTATIONS_PLACEHOLDER = 256, 0;
    JUMP = 257, 0;
    JUMP_IF_FALSE = 258, 0;
    JUMP_IF_TRUE = 259, 0;
    JUMP_NO_INTERRUPT = 260, 0;
    LOAD_CLOSURE = 261, 0;
    POP_BLOCK = 262, 0;
    SETUP_CLEANUP = 263, 0;
    SETUP_FINALLY = 264, 0;
    SETUP_WITH = 265, 0;
    STORE_FAST_MAYBE_NULL = 266, 0;
}

/// Opcodes from this number up take an argument.
const HAVE_ARGUMENT: u16 = 43;

impl Op {
    pub fn has_arg(self) -> bool {
        self.number() >= HAVE_ARGUMENT
    }

    pub fn is_pseudo(self) -> bool {
        self.number() >= 256
    }

    /// Instructions whose argument is a jump target (a block in the CFG).
    pub fn is_jump(self) -> bool {
        use Op::*;
        matches!(
            self,
            END_ASYNC_FOR
                | FOR_ITER
                | JUMP_BACKWARD
                | JUMP_BACKWARD_NO_INTERRUPT
                | JUMP_FORWARD
                | POP_JUMP_IF_FALSE
                | POP_JUMP_IF_NONE
                | POP_JUMP_IF_NOT_NONE
                | POP_JUMP_IF_TRUE
                | SEND
                | JUMP
                | JUMP_IF_FALSE
                | JUMP_IF_TRUE
                | JUMP_NO_INTERRUPT
        ) || self.is_block_push()
    }

    /// `SETUP_*` pseudo-instructions: they push an exception handler.
    pub fn is_block_push(self) -> bool {
        matches!(self, Op::SETUP_FINALLY | Op::SETUP_CLEANUP | Op::SETUP_WITH)
    }

    pub fn is_unconditional_jump(self) -> bool {
        use Op::*;
        matches!(
            self,
            JUMP | JUMP_NO_INTERRUPT | JUMP_FORWARD | JUMP_BACKWARD | JUMP_BACKWARD_NO_INTERRUPT
        )
    }

    /// Instructions after which control never falls through.
    pub fn is_scope_exit(self) -> bool {
        matches!(self, Op::RETURN_VALUE | Op::RAISE_VARARGS | Op::RERAISE)
    }

    /// Ends a basic block: no instruction may follow it in the same block.
    pub fn ends_block(self) -> bool {
        self.is_scope_exit() || self.is_unconditional_jump()
    }

    pub fn is_conditional_jump(self) -> bool {
        use Op::*;
        matches!(
            self,
            POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE | POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE
        )
    }

    /// The change in stack depth, `jump` telling which way a branch goes.
    pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
        use Op::*;
        let a = arg as i32;
        match self {
            NOP
            | NOT_TAKEN
            | EXTENDED_ARG
            | RESUME
            | CACHE
            | ANNOTATIONS_PLACEHOLDER
            | CHECK_EG_MATCH
            | CHECK_EXC_MATCH
            | FORMAT_SIMPLE
            | GET_AITER
            | GET_ITER
            | GET_YIELD_FROM_ITER
            | MAKE_FUNCTION
            | RETURN_VALUE
            | SETUP_ANNOTATIONS
            | TO_BOOL
            | UNARY_INVERT
            | UNARY_NEGATIVE
            | UNARY_NOT
            | CALL_INTRINSIC_1
            | CONVERT_VALUE
            | COPY_FREE_VARS
            | DELETE_DEREF
            | DELETE_FAST
            | DELETE_GLOBAL
            | DELETE_NAME
            | GET_AWAITABLE
            | JUMP_BACKWARD
            | JUMP_BACKWARD_NO_INTERRUPT
            | JUMP_FORWARD
            | LOAD_FROM_DICT_OR_DEREF
            | LOAD_FROM_DICT_OR_GLOBALS
            | MAKE_CELL
            | SEND
            | STORE_FAST_LOAD_FAST
            | SWAP
            | YIELD_VALUE
            | JUMP
            | JUMP_IF_FALSE
            | JUMP_IF_TRUE
            | JUMP_NO_INTERRUPT
            | POP_BLOCK => 0,
            BINARY_SLICE
            | DELETE_SUBSCR
            | MAP_ADD
            | MATCH_CLASS
            | STORE_ATTR
            | STORE_FAST_STORE_FAST
            | END_ASYNC_FOR => -2,
            BUILD_TEMPLATE
            | CLEANUP_THROW
            | END_FOR
            | END_SEND
            | EXIT_INIT_CHECK
            | FORMAT_WITH_SPEC
            | POP_EXCEPT
            | POP_ITER
            | POP_TOP
            | BINARY_OP
            | CALL_INTRINSIC_2
            | COMPARE_OP
            | CONTAINS_OP
            | DELETE_ATTR
            | DICT_MERGE
            | DICT_UPDATE
            | IMPORT_NAME
            | IS_OP
            | LIST_APPEND
            | LIST_EXTEND
            | POP_JUMP_IF_FALSE
            | POP_JUMP_IF_NONE
            | POP_JUMP_IF_NOT_NONE
            | POP_JUMP_IF_TRUE
            | RERAISE
            | SET_ADD
            | SET_FUNCTION_ATTRIBUTE
            | SET_UPDATE
            | STORE_DEREF
            | STORE_FAST
            | STORE_GLOBAL
            | STORE_NAME
            | STORE_FAST_MAYBE_NULL => -1,
            CALL_FUNCTION_EX | STORE_SUBSCR => -3,
            STORE_SLICE => -4,
            GET_ANEXT | GET_LEN | LOAD_BUILD_CLASS | LOAD_LOCALS | MATCH_KEYS | MATCH_MAPPING
            | MATCH_SEQUENCE | PUSH_EXC_INFO | PUSH_NULL | RETURN_GENERATOR | WITH_EXCEPT_START
            | COPY | FOR_ITER | IMPORT_FROM | LOAD_COMMON_CONSTANT | LOAD_CONST | LOAD_DEREF
            | LOAD_FAST | LOAD_FAST_AND_CLEAR | LOAD_FAST_BORROW | LOAD_FAST_CHECK | LOAD_NAME
            | LOAD_SMALL_INT | LOAD_SPECIAL | LOAD_CLOSURE => 1,
            LOAD_FAST_LOAD_FAST | LOAD_FAST_BORROW_LOAD_FAST_BORROW => 2,
            BUILD_INTERPOLATION => -1 - (a & 1),
            BUILD_LIST | BUILD_SET | BUILD_SLICE | BUILD_STRING | BUILD_TUPLE => 1 - a,
            BUILD_MAP => 1 - 2 * a,
            CALL => -1 - a,
            CALL_KW => -2 - a,
            LOAD_ATTR => a & 1,
            LOAD_GLOBAL => 1 + (a & 1),
            LOAD_SUPER_ATTR => -2 + (a & 1),
            RAISE_VARARGS => -a,
            UNPACK_EX => (a & 0xff) + (a >> 8),
            UNPACK_SEQUENCE => a - 1,
            SETUP_FINALLY | SETUP_WITH => i32::from(jump),
            SETUP_CLEANUP => 2 * i32::from(jump),
        }
    }
}

/// `BINARY_OP` arguments (CPython's `NB_*`).
pub mod binop {
    pub const ADD: u32 = 0;
    pub const AND: u32 = 1;
    pub const FLOOR_DIVIDE: u32 = 2;
    pub const LSHIFT: u32 = 3;
    pub const MATRIX_MULTIPLY: u32 = 4;
    pub const MULTIPLY: u32 = 5;
    pub const REMAINDER: u32 = 6;
    pub const OR: u32 = 7;
    pub const POWER: u32 = 8;
    pub const RSHIFT: u32 = 9;
    pub const SUBTRACT: u32 = 10;
    pub const TRUE_DIVIDE: u32 = 11;
    pub const XOR: u32 = 12;
    /// Add this to an operator for its in-place form.
    pub const INPLACE: u32 = 13;
    pub const SUBSCR: u32 = 26;
}

/// `CALL_INTRINSIC_1` arguments.
pub mod intrinsic1 {
    pub const PRINT: u32 = 1;
    pub const IMPORT_STAR: u32 = 2;
    pub const STOPITERATION_ERROR: u32 = 3;
    pub const ASYNC_GEN_WRAP: u32 = 4;
    pub const UNARY_POSITIVE: u32 = 5;
    pub const LIST_TO_TUPLE: u32 = 6;
    pub const TYPEVAR: u32 = 7;
    pub const PARAMSPEC: u32 = 8;
    pub const TYPEVARTUPLE: u32 = 9;
    pub const SUBSCRIPT_GENERIC: u32 = 10;
    pub const TYPEALIAS: u32 = 11;
}

/// `CALL_INTRINSIC_2` arguments.
pub mod intrinsic2 {
    pub const PREP_RERAISE_STAR: u32 = 1;
    pub const TYPEVAR_WITH_BOUND: u32 = 2;
    pub const TYPEVAR_WITH_CONSTRAINTS: u32 = 3;
    pub const SET_FUNCTION_TYPE_PARAMS: u32 = 4;
    pub const SET_TYPEPARAM_DEFAULT: u32 = 5;
}

/// `LOAD_COMMON_CONSTANT` arguments.
pub mod common_const {
    pub const ASSERTION_ERROR: u32 = 0;
    pub const NOT_IMPLEMENTED_ERROR: u32 = 1;
    pub const BUILTIN_TUPLE: u32 = 2;
    pub const BUILTIN_ALL: u32 = 3;
    pub const BUILTIN_ANY: u32 = 4;
}

/// `LOAD_SPECIAL` arguments.
pub mod special {
    pub const ENTER: u32 = 0;
    pub const EXIT: u32 = 1;
    pub const AENTER: u32 = 2;
    pub const AEXIT: u32 = 3;
}

/// `SET_FUNCTION_ATTRIBUTE` arguments.
pub mod fn_attr {
    pub const DEFAULTS: u32 = 0x01;
    pub const KWDEFAULTS: u32 = 0x02;
    pub const ANNOTATIONS: u32 = 0x04;
    pub const CLOSURE: u32 = 0x08;
    pub const ANNOTATE: u32 = 0x10;
}

/// `RESUME` arguments: where the frame resumes.
pub mod resume {
    pub const AT_FUNC_START: u32 = 0;
    pub const AFTER_YIELD: u32 = 1;
    pub const AFTER_YIELD_FROM: u32 = 2;
    pub const AFTER_AWAIT: u32 = 3;
    /// Set when the resume point is at exception depth 1 (inside a handler).
    pub const DEPTH1: u32 = 4;
}
