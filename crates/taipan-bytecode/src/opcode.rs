//! The instruction set: one table, every other opcode table generated from it.
//!
//! `instruction_set!` below is the single definition of every instruction
//! (CPython 3.14's `Python/bytecodes.c` and Lua's `lopcodes.h` are the
//! models). Each entry states the opcode's number, the kind of its oparg
//! (which also decides the `dis` classification lists), its inline cache
//! layout, how many stack items it pops and pushes as a function of the
//! oparg, and control-flow flags. Specialized and instrumented forms name the
//! generic instruction they stand for and inherit its cache layout and stack
//! effect; pseudo-instructions (compiler only, numbered from 256) also name
//! the real instructions the assembler may turn them into.
//!
//! Numbers are CPython 3.14's, so `co_code` bytes read like CPython's and
//! `dis` output can be compared with the reference interpreter directly.

use std::fmt;

/// What an instruction's oparg means; decides how `dis` shows it and which
/// of `opcode.hasconst`/`hasname`/... lists the opcode belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ArgKind {
    /// The instruction takes no oparg (the oparg byte is ignored).
    None,
    /// A count, a flag set or another plain number, shown as is.
    Raw,
    /// Index into `co_consts`.
    Const,
    /// Index into `co_names`.
    Name,
    /// `LOAD_GLOBAL`: `name << 1 | push_null`.
    GlobalName,
    /// `LOAD_ATTR`: `name << 1 | is_method`.
    AttrName,
    /// `LOAD_SUPER_ATTR`: `name << 2 | two_arg << 1 | is_method`.
    SuperAttrName,
    /// Index into the fast locals (`localsplusnames`). CPython counts
    /// `LOAD_DEREF` here too (it is in `opcode.haslocal`, not `hasfree`).
    Local,
    /// Two 4-bit local indexes, `first << 4 | second` (super-instructions).
    LocalPair,
    /// Index of a cell or free variable in `localsplusnames`.
    Free,
    /// Relative jump forward, in code units after the caches.
    JumpForward,
    /// Relative jump backward, in code units after the caches.
    JumpBackward,
    /// Pseudo-instruction jump whose direction the assembler decides.
    Jump,
    /// Pseudo-instruction naming an exception handler (`SETUP_*`).
    Handler,
    /// `COMPARE_OP`: see [`crate::oparg::ComparisonOp`].
    Compare,
    /// `BINARY_OP`: see [`crate::oparg::BinaryOperator`].
    BinaryOp,
    /// `CALL_INTRINSIC_1`: see [`crate::oparg::Intrinsic1`].
    Intrinsic1,
    /// `CALL_INTRINSIC_2`: see [`crate::oparg::Intrinsic2`].
    Intrinsic2,
    /// `LOAD_COMMON_CONSTANT`: see [`crate::oparg::CommonConstant`].
    CommonConstant,
    /// `LOAD_SPECIAL`: see [`crate::oparg::SpecialMethod`].
    SpecialMethod,
    /// `IS_OP`: 0 is `is`, 1 is `is not`.
    Is,
    /// `CONTAINS_OP`: 0 is `in`, 1 is `not in`.
    Contains,
    /// `CONVERT_VALUE`: see [`crate::oparg::Conversion`].
    Convert,
    /// `SET_FUNCTION_ATTRIBUTE`: see [`crate::oparg::FunctionAttribute`].
    FunctionAttribute,
}

impl ArgKind {
    /// Whether the oparg is meaningful (CPython's `opcode.hasarg`).
    pub const fn has_arg(self) -> bool {
        !matches!(self, ArgKind::None)
    }
    /// `opcode.hasconst`.
    pub const fn has_const(self) -> bool {
        matches!(self, ArgKind::Const)
    }
    /// `opcode.hasname`.
    pub const fn has_name(self) -> bool {
        matches!(
            self,
            ArgKind::Name | ArgKind::GlobalName | ArgKind::AttrName | ArgKind::SuperAttrName
        )
    }
    /// `opcode.hasjrel`: every Taipan jump is relative.
    pub const fn has_jrel(self) -> bool {
        matches!(
            self,
            ArgKind::JumpForward | ArgKind::JumpBackward | ArgKind::Jump
        )
    }
    /// `opcode.haslocal`.
    pub const fn has_local(self) -> bool {
        matches!(self, ArgKind::Local | ArgKind::LocalPair)
    }
    /// `opcode.hasfree`.
    pub const fn has_free(self) -> bool {
        matches!(self, ArgKind::Free)
    }
    /// `opcode.hasexc`: pushes an exception handler block.
    pub const fn has_exc(self) -> bool {
        matches!(self, ArgKind::Handler)
    }
    /// `opcode.hascompare`.
    pub const fn has_compare(self) -> bool {
        matches!(self, ArgKind::Compare)
    }
}

/// Control-flow properties the compiler's CFG passes need.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Flags(u8);

impl Flags {
    /// No flags.
    pub const NONE: Flags = Flags(0);
    /// Leaves the frame (`RETURN_VALUE`, `RAISE_VARARGS`, `RERAISE`):
    /// ends a basic block with no successor in the function.
    pub const SCOPE_EXIT: Flags = Flags(1);
    /// Always transfers control to its target: ends a basic block with no
    /// fall-through.
    pub const UNCONDITIONAL_JUMP: Flags = Flags(2);
    /// Pushes an exception-handler block (`SETUP_*`), which becomes an
    /// exception-table entry at assembly.
    pub const BLOCK_PUSH: Flags = Flags(4);
    /// Pops the innermost exception-handler block (`POP_BLOCK`).
    pub const BLOCK_POP: Flags = Flags(8);

    /// Whether every flag in `other` is set.
    pub const fn contains(self, other: Flags) -> bool {
        self.0 & other.0 == other.0
    }
    /// Both sets of flags.
    pub const fn union(self, other: Flags) -> Flags {
        Flags(self.0 | other.0)
    }
}

/// How many stack items an instruction pops and then pushes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StackEffect {
    /// Items taken off the stack.
    pub popped: i32,
    /// Items put on the stack after that.
    pub pushed: i32,
}

impl StackEffect {
    /// Net change of the stack depth.
    pub const fn net(self) -> i32 {
        self.pushed - self.popped
    }
}

/// Generates `Opcode`, `PseudoOpcode` and all their tables from one list.
///
/// Entry grammar (real instructions):
/// `NAME = number, ArgKind, cache[field size, ...], stack(pops => pushes), [FLAG ...];`
/// where `pops`/`pushes` are `i64` expressions of the binder named in the
/// `oparg = ident;` header. Specialized and instrumented forms:
/// `NAME = number => BASE;` (instrumented also state their own `ArgKind`,
/// because CPython classifies some instrumented jumps differently from their
/// base). Pseudo-instructions add an optional `jump(pops => pushes)` for the
/// branch path and the list of real instructions they may become.
macro_rules! instruction_set {
    (
        oparg = $oparg:ident;
        real {
            $( $name:ident = $num:literal, $kind:ident,
               cache [$($cfield:ident $csize:literal),*],
               stack($pop:expr => $push:expr)
               $(, [$($flag:ident)+])? ; )*
        }
        specialized {
            $( $sname:ident = $snum:literal => $sbase:ident ; )*
        }
        instrumented {
            $( $iname:ident = $inum:literal, $ikind:ident => $ibase:ident ; )*
        }
        pseudo {
            $( $pname:ident = $pnum:literal, $pkind:ident,
               stack($ppop:expr => $ppush:expr)
               $(, jump($pjpop:expr => $pjpush:expr))?
               , targets [$($ptarget:ident),*]
               $(, [$($pflag:ident)+])? ; )*
        }
    ) => {
        /// A real instruction: one that can appear in `co_code`.
        ///
        /// Variants are named exactly as in CPython so that `dis` output,
        /// documentation and the reference implementation read alike.
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum Opcode {
            $( $name = $num, )*
            $( $sname = $snum, )*
            $( $iname = $inum, )*
        }

        impl Opcode {
            /// Every real opcode (generic, specialized and instrumented), in
            /// table order.
            pub const ALL: &'static [Opcode] = &[
                $( Opcode::$name, )* $( Opcode::$sname, )* $( Opcode::$iname, )*
            ];

            /// The instructions defined in their own right, i.e. not a
            /// specialized or instrumented form of another. This includes
            /// `ENTER_EXECUTOR`, `INSTRUMENTED_LINE` and
            /// `INSTRUMENTED_INSTRUCTION`, which stand for no single family.
            pub const GENERIC: &'static [Opcode] = &[ $( Opcode::$name, )* ];

            /// The opcode's name, as `dis` prints it.
            pub const fn name(self) -> &'static str {
                match self {
                    $( Opcode::$name => stringify!($name), )*
                    $( Opcode::$sname => stringify!($sname), )*
                    $( Opcode::$iname => stringify!($iname), )*
                }
            }

            /// The opcode with this number, if any.
            pub const fn from_u8(byte: u8) -> Option<Opcode> {
                match byte {
                    $( $num => Some(Opcode::$name), )*
                    $( $snum => Some(Opcode::$sname), )*
                    $( $inum => Some(Opcode::$iname), )*
                    _ => None,
                }
            }

            /// The opcode with this name, if any.
            pub fn from_name(name: &str) -> Option<Opcode> {
                match name {
                    $( stringify!($name) => Some(Opcode::$name), )*
                    $( stringify!($sname) => Some(Opcode::$sname), )*
                    $( stringify!($iname) => Some(Opcode::$iname), )*
                    _ => None,
                }
            }

            /// The generic instruction a specialized or instrumented form
            /// stands for (CPython's `_PyOpcode_Deopt`); itself otherwise.
            pub const fn deopt(self) -> Opcode {
                match self {
                    $( Opcode::$sname => Opcode::$sbase, )*
                    $( Opcode::$iname => Opcode::$ibase, )*
                    other => other,
                }
            }

            /// Whether this is a specialized form (PEP 659) of another
            /// instruction.
            pub const fn is_specialized(self) -> bool {
                matches!(self, $( Opcode::$sname )|*)
            }

            /// Whether this is an instrumented form (PEP 669 monitoring).
            pub const fn is_instrumented(self) -> bool {
                matches!(self, $( Opcode::$iname )|*)
            }

            /// The specialized forms of a generic instruction (empty for
            /// instructions that do not specialize), in CPython's order.
            pub fn specializations(self) -> &'static [Opcode] {
                // Parallel lists; the forms of one family are adjacent.
                const BASES: &[Opcode] = &[ $( Opcode::$sbase, )* ];
                const FORMS: &[Opcode] = &[ $( Opcode::$sname, )* ];
                match BASES.iter().position(|&base| base == self) {
                    Some(start) => {
                        let len = BASES[start..].iter().take_while(|&&base| base == self).count();
                        &FORMS[start..start + len]
                    }
                    None => &[],
                }
            }

            /// What the oparg means.
            pub const fn arg_kind(self) -> ArgKind {
                match self {
                    $( Opcode::$name => ArgKind::$kind, )*
                    $( Opcode::$sname => Opcode::$sbase.arg_kind(), )*
                    $( Opcode::$iname => ArgKind::$ikind, )*
                }
            }

            /// Whether the instruction reads its oparg (CPython's
            /// `HAS_ARG`; `opcode.HAVE_ARGUMENT` no longer splits them).
            pub const fn has_arg(self) -> bool {
                self.arg_kind().has_arg()
            }

            /// Names and sizes (in code units) of the inline cache entries
            /// that follow the instruction (`opcode._cache_format`).
            pub const fn cache_format(self) -> &'static [(&'static str, u8)] {
                match self {
                    $( Opcode::$name => &[ $( (stringify!($cfield), $csize), )* ], )*
                    $( Opcode::$sname => Opcode::$sbase.cache_format(), )*
                    $( Opcode::$iname => Opcode::$ibase.cache_format(), )*
                }
            }

            /// Number of inline cache code units after the instruction
            /// (`_inline_cache_entries`); specialized and instrumented forms
            /// keep their family's layout so they can be rewritten in place.
            pub const fn cache_entries(self) -> usize {
                match self {
                    $( Opcode::$name => 0 $( + $csize )*, )*
                    $( Opcode::$sname => Opcode::$sbase.cache_entries(), )*
                    $( Opcode::$iname => Opcode::$ibase.cache_entries(), )*
                }
            }

            /// Items popped and pushed for this oparg. Specialized and
            /// instrumented forms report their family's effect: that is what
            /// the compiler accounted for when it sized the frame.
            pub const fn stack_effect(self, oparg: u32) -> StackEffect {
                let (popped, pushed) = self.counts(oparg as i64);
                StackEffect {
                    popped: popped as i32,
                    pushed: pushed as i32,
                }
            }

            /// `(popped, pushed)` for any integer oparg, so that
            /// [`dis_stack_effect`] can reject opargs CPython rejects.
            #[allow(unused_variables)]
            const fn counts(self, oparg: i64) -> (i64, i64) {
                let $oparg = oparg;
                match self {
                    $( Opcode::$name => ($pop, $push), )*
                    $( Opcode::$sname => Opcode::$sbase.counts(oparg), )*
                    $( Opcode::$iname => Opcode::$ibase.counts(oparg), )*
                }
            }

            /// Control-flow flags.
            pub const fn flags(self) -> Flags {
                match self {
                    $( Opcode::$name => Flags::NONE $( $( .union(Flags::$flag) )+ )?, )*
                    $( Opcode::$sname => Opcode::$sbase.flags(), )*
                    $( Opcode::$iname => Opcode::$ibase.flags(), )*
                }
            }
        }

        /// Every generic real instruction and every pseudo-instruction as
        /// an [`AnyOpcode`], so that the code generator names both alike
        /// (`AnyOpcode::LOAD_CONST`, `AnyOpcode::JUMP`) and can match on them.
        #[allow(missing_docs)]
        impl AnyOpcode {
            $( pub const $name: AnyOpcode = AnyOpcode::Real(Opcode::$name); )*
            $( pub const $pname: AnyOpcode = AnyOpcode::Pseudo(PseudoOpcode::$pname); )*
        }

        /// A pseudo-instruction: emitted by the code generator, replaced by
        /// real instructions (or removed) before assembly. Numbered from 256
        /// as in CPython so that one `u16` names any instruction.
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u16)]
        pub enum PseudoOpcode {
            $( $pname = $pnum, )*
        }

        impl PseudoOpcode {
            /// Every pseudo-instruction.
            pub const ALL: &'static [PseudoOpcode] = &[ $( PseudoOpcode::$pname, )* ];

            /// The name, as CPython's `opcode.opmap` spells it.
            pub const fn name(self) -> &'static str {
                match self {
                    $( PseudoOpcode::$pname => stringify!($pname), )*
                }
            }

            /// The pseudo-instruction with this number, if any.
            pub const fn from_u16(number: u16) -> Option<PseudoOpcode> {
                match number {
                    $( $pnum => Some(PseudoOpcode::$pname), )*
                    _ => None,
                }
            }

            /// The pseudo-instruction with this name, if any.
            pub fn from_name(name: &str) -> Option<PseudoOpcode> {
                match name {
                    $( stringify!($pname) => Some(PseudoOpcode::$pname), )*
                    _ => None,
                }
            }

            /// What the oparg means.
            pub const fn arg_kind(self) -> ArgKind {
                match self {
                    $( PseudoOpcode::$pname => ArgKind::$pkind, )*
                }
            }

            /// Whether the oparg is meaningful.
            pub const fn has_arg(self) -> bool {
                self.arg_kind().has_arg()
            }

            /// Items popped and pushed on the fall-through path
            /// (`jump == false`) or the branch path (`jump == true`); they
            /// differ for `SETUP_*`, whose handler receives the exception.
            pub const fn stack_effect(self, oparg: u32, jump: bool) -> StackEffect {
                let (popped, pushed) = self.counts(oparg as i64, jump);
                StackEffect {
                    popped: popped as i32,
                    pushed: pushed as i32,
                }
            }

            /// `(popped, pushed)` for any integer oparg.
            #[allow(unused_variables)]
            const fn counts(self, oparg: i64, jump: bool) -> (i64, i64) {
                let $oparg = oparg;
                match self {
                    $( PseudoOpcode::$pname => {
                        $( if jump {
                            return ($pjpop, $pjpush);
                        } )?
                        ($ppop, $ppush)
                    } )*
                }
            }

            /// The real instructions this pseudo-instruction may be lowered
            /// to (CPython's `is_pseudo_target`).
            pub const fn targets(self) -> &'static [Opcode] {
                match self {
                    $( PseudoOpcode::$pname => &[ $( Opcode::$ptarget, )* ], )*
                }
            }

            /// Control-flow flags.
            pub const fn flags(self) -> Flags {
                match self {
                    $( PseudoOpcode::$pname => Flags::NONE $( $( .union(Flags::$pflag) )+ )?, )*
                }
            }
        }
    };
}

instruction_set! {
    oparg = oparg;
    real {
        CACHE = 0, None, cache[], stack(0 => 0);
        BINARY_SLICE = 1, None, cache[], stack(3 => 1);
        BUILD_TEMPLATE = 2, None, cache[], stack(2 => 1);
        CALL_FUNCTION_EX = 4, None, cache[], stack(4 => 1);
        CHECK_EG_MATCH = 5, None, cache[], stack(2 => 2);
        CHECK_EXC_MATCH = 6, None, cache[], stack(2 => 2);
        CLEANUP_THROW = 7, None, cache[], stack(3 => 2);
        DELETE_SUBSCR = 8, None, cache[], stack(2 => 0);
        END_FOR = 9, None, cache[], stack(1 => 0);
        END_SEND = 10, None, cache[], stack(2 => 1);
        EXIT_INIT_CHECK = 11, None, cache[], stack(1 => 0);
        FORMAT_SIMPLE = 12, None, cache[], stack(1 => 1);
        FORMAT_WITH_SPEC = 13, None, cache[], stack(2 => 1);
        GET_AITER = 14, None, cache[], stack(1 => 1);
        GET_ANEXT = 15, None, cache[], stack(1 => 2);
        GET_ITER = 16, None, cache[], stack(1 => 1);
        RESERVED = 17, None, cache[], stack(0 => 0);
        GET_LEN = 18, None, cache[], stack(1 => 2);
        GET_YIELD_FROM_ITER = 19, None, cache[], stack(1 => 1);
        INTERPRETER_EXIT = 20, None, cache[], stack(1 => 0);
        LOAD_BUILD_CLASS = 21, None, cache[], stack(0 => 1);
        LOAD_LOCALS = 22, None, cache[], stack(0 => 1);
        MAKE_FUNCTION = 23, None, cache[], stack(1 => 1);
        MATCH_KEYS = 24, None, cache[], stack(2 => 3);
        MATCH_MAPPING = 25, None, cache[], stack(1 => 2);
        MATCH_SEQUENCE = 26, None, cache[], stack(1 => 2);
        NOP = 27, None, cache[], stack(0 => 0);
        NOT_TAKEN = 28, None, cache[], stack(0 => 0);
        POP_EXCEPT = 29, None, cache[], stack(1 => 0);
        POP_ITER = 30, None, cache[], stack(1 => 0);
        POP_TOP = 31, None, cache[], stack(1 => 0);
        PUSH_EXC_INFO = 32, None, cache[], stack(1 => 2);
        PUSH_NULL = 33, None, cache[], stack(0 => 1);
        RETURN_GENERATOR = 34, None, cache[], stack(0 => 1);
        RETURN_VALUE = 35, None, cache[], stack(1 => 1), [SCOPE_EXIT];
        SETUP_ANNOTATIONS = 36, None, cache[], stack(0 => 0);
        STORE_SLICE = 37, None, cache[], stack(4 => 0);
        STORE_SUBSCR = 38, None, cache[counter 1], stack(3 => 0);
        TO_BOOL = 39, None, cache[counter 1, version 2], stack(1 => 1);
        UNARY_INVERT = 40, None, cache[], stack(1 => 1);
        UNARY_NEGATIVE = 41, None, cache[], stack(1 => 1);
        UNARY_NOT = 42, None, cache[], stack(1 => 1);
        WITH_EXCEPT_START = 43, None, cache[], stack(5 => 6);
        BINARY_OP = 44, BinaryOp, cache[counter 1, descr 4], stack(2 => 1);
        BUILD_INTERPOLATION = 45, Raw, cache[], stack(2 + (oparg & 1) => 1);
        BUILD_LIST = 46, Raw, cache[], stack(oparg => 1);
        BUILD_MAP = 47, Raw, cache[], stack(oparg * 2 => 1);
        BUILD_SET = 48, Raw, cache[], stack(oparg => 1);
        BUILD_SLICE = 49, Raw, cache[], stack(oparg => 1);
        BUILD_STRING = 50, Raw, cache[], stack(oparg => 1);
        BUILD_TUPLE = 51, Raw, cache[], stack(oparg => 1);
        CALL = 52, Raw, cache[counter 1, func_version 2], stack(2 + oparg => 1);
        CALL_INTRINSIC_1 = 53, Intrinsic1, cache[], stack(1 => 1);
        CALL_INTRINSIC_2 = 54, Intrinsic2, cache[], stack(2 => 1);
        CALL_KW = 55, Raw, cache[counter 1, func_version 2], stack(3 + oparg => 1);
        COMPARE_OP = 56, Compare, cache[counter 1], stack(2 => 1);
        CONTAINS_OP = 57, Contains, cache[counter 1], stack(2 => 1);
        CONVERT_VALUE = 58, Convert, cache[], stack(1 => 1);
        COPY = 59, Raw, cache[], stack(oparg => oparg + 1);
        COPY_FREE_VARS = 60, Raw, cache[], stack(0 => 0);
        DELETE_ATTR = 61, Name, cache[], stack(1 => 0);
        DELETE_DEREF = 62, Free, cache[], stack(0 => 0);
        DELETE_FAST = 63, Local, cache[], stack(0 => 0);
        DELETE_GLOBAL = 64, Name, cache[], stack(0 => 0);
        DELETE_NAME = 65, Name, cache[], stack(0 => 0);
        DICT_MERGE = 66, Raw, cache[], stack(4 + oparg => 3 + oparg);
        DICT_UPDATE = 67, Raw, cache[], stack(1 + oparg => oparg);
        END_ASYNC_FOR = 68, JumpBackward, cache[], stack(2 => 0);
        EXTENDED_ARG = 69, Raw, cache[], stack(0 => 0);
        FOR_ITER = 70, JumpForward, cache[counter 1], stack(1 => 2);
        GET_AWAITABLE = 71, Raw, cache[], stack(1 => 1);
        IMPORT_FROM = 72, Name, cache[], stack(1 => 2);
        IMPORT_NAME = 73, Name, cache[], stack(2 => 1);
        IS_OP = 74, Is, cache[], stack(2 => 1);
        JUMP_BACKWARD = 75, JumpBackward, cache[counter 1], stack(0 => 0), [UNCONDITIONAL_JUMP];
        JUMP_BACKWARD_NO_INTERRUPT = 76, JumpBackward, cache[], stack(0 => 0), [UNCONDITIONAL_JUMP];
        JUMP_FORWARD = 77, JumpForward, cache[], stack(0 => 0), [UNCONDITIONAL_JUMP];
        LIST_APPEND = 78, Raw, cache[], stack(1 + oparg => oparg);
        LIST_EXTEND = 79, Raw, cache[], stack(1 + oparg => oparg);
        LOAD_ATTR = 80, AttrName, cache[counter 1, version 2, keys_version 2, descr 4],
            stack(1 => 1 + (oparg & 1));
        LOAD_COMMON_CONSTANT = 81, CommonConstant, cache[], stack(0 => 1);
        LOAD_CONST = 82, Const, cache[], stack(0 => 1);
        LOAD_DEREF = 83, Local, cache[], stack(0 => 1);
        LOAD_FAST = 84, Local, cache[], stack(0 => 1);
        LOAD_FAST_AND_CLEAR = 85, Local, cache[], stack(0 => 1);
        LOAD_FAST_BORROW = 86, Local, cache[], stack(0 => 1);
        LOAD_FAST_BORROW_LOAD_FAST_BORROW = 87, LocalPair, cache[], stack(0 => 2);
        LOAD_FAST_CHECK = 88, Local, cache[], stack(0 => 1);
        LOAD_FAST_LOAD_FAST = 89, LocalPair, cache[], stack(0 => 2);
        LOAD_FROM_DICT_OR_DEREF = 90, Free, cache[], stack(1 => 1);
        LOAD_FROM_DICT_OR_GLOBALS = 91, Name, cache[], stack(1 => 1);
        LOAD_GLOBAL = 92, GlobalName,
            cache[counter 1, index 1, module_keys_version 1, builtin_keys_version 1],
            stack(0 => 1 + (oparg & 1));
        LOAD_NAME = 93, Name, cache[], stack(0 => 1);
        LOAD_SMALL_INT = 94, Raw, cache[], stack(0 => 1);
        LOAD_SPECIAL = 95, SpecialMethod, cache[], stack(1 => 2);
        LOAD_SUPER_ATTR = 96, SuperAttrName, cache[counter 1], stack(3 => 1 + (oparg & 1));
        MAKE_CELL = 97, Free, cache[], stack(0 => 0);
        MAP_ADD = 98, Raw, cache[], stack(2 + oparg => oparg);
        MATCH_CLASS = 99, Raw, cache[], stack(3 => 1);
        POP_JUMP_IF_FALSE = 100, JumpForward, cache[counter 1], stack(1 => 0);
        POP_JUMP_IF_NONE = 101, JumpForward, cache[counter 1], stack(1 => 0);
        POP_JUMP_IF_NOT_NONE = 102, JumpForward, cache[counter 1], stack(1 => 0);
        POP_JUMP_IF_TRUE = 103, JumpForward, cache[counter 1], stack(1 => 0);
        RAISE_VARARGS = 104, Raw, cache[], stack(oparg => 0), [SCOPE_EXIT];
        RERAISE = 105, Raw, cache[], stack(1 + oparg => oparg), [SCOPE_EXIT];
        SEND = 106, JumpForward, cache[counter 1], stack(2 => 2);
        SET_ADD = 107, Raw, cache[], stack(1 + oparg => oparg);
        SET_FUNCTION_ATTRIBUTE = 108, FunctionAttribute, cache[], stack(2 => 1);
        SET_UPDATE = 109, Raw, cache[], stack(1 + oparg => oparg);
        STORE_ATTR = 110, Name, cache[counter 1, version 2, index 1], stack(2 => 0);
        STORE_DEREF = 111, Free, cache[], stack(1 => 0);
        STORE_FAST = 112, Local, cache[], stack(1 => 0);
        STORE_FAST_LOAD_FAST = 113, LocalPair, cache[], stack(1 => 1);
        STORE_FAST_STORE_FAST = 114, LocalPair, cache[], stack(2 => 0);
        STORE_GLOBAL = 115, Name, cache[], stack(1 => 0);
        STORE_NAME = 116, Name, cache[], stack(1 => 0);
        SWAP = 117, Raw, cache[], stack(oparg => oparg);
        UNPACK_EX = 118, Raw, cache[], stack(1 => 1 + (oparg & 0xFF) + (oparg >> 8));
        UNPACK_SEQUENCE = 119, Raw, cache[counter 1], stack(1 => oparg);
        YIELD_VALUE = 120, Raw, cache[], stack(1 => 1);
        RESUME = 128, Raw, cache[], stack(0 => 0);
        INSTRUMENTED_INSTRUCTION = 238, None, cache[], stack(0 => 0);
        INSTRUMENTED_LINE = 254, None, cache[], stack(0 => 0);
        ENTER_EXECUTOR = 255, Raw, cache[], stack(0 => 0);
    }
    specialized {
        BINARY_OP_MULTIPLY_INT = 134 => BINARY_OP;
        BINARY_OP_ADD_INT = 130 => BINARY_OP;
        BINARY_OP_SUBTRACT_INT = 142 => BINARY_OP;
        BINARY_OP_MULTIPLY_FLOAT = 133 => BINARY_OP;
        BINARY_OP_ADD_FLOAT = 129 => BINARY_OP;
        BINARY_OP_SUBTRACT_FLOAT = 141 => BINARY_OP;
        BINARY_OP_ADD_UNICODE = 131 => BINARY_OP;
        BINARY_OP_SUBSCR_LIST_INT = 137 => BINARY_OP;
        BINARY_OP_SUBSCR_LIST_SLICE = 138 => BINARY_OP;
        BINARY_OP_SUBSCR_TUPLE_INT = 140 => BINARY_OP;
        BINARY_OP_SUBSCR_STR_INT = 139 => BINARY_OP;
        BINARY_OP_SUBSCR_DICT = 135 => BINARY_OP;
        BINARY_OP_SUBSCR_GETITEM = 136 => BINARY_OP;
        BINARY_OP_EXTEND = 132 => BINARY_OP;
        BINARY_OP_INPLACE_ADD_UNICODE = 3 => BINARY_OP;
        CALL_BOUND_METHOD_EXACT_ARGS = 144 => CALL;
        CALL_PY_EXACT_ARGS = 161 => CALL;
        CALL_TYPE_1 = 165 => CALL;
        CALL_STR_1 = 163 => CALL;
        CALL_TUPLE_1 = 164 => CALL;
        CALL_BUILTIN_CLASS = 146 => CALL;
        CALL_BUILTIN_O = 149 => CALL;
        CALL_BUILTIN_FAST = 147 => CALL;
        CALL_BUILTIN_FAST_WITH_KEYWORDS = 148 => CALL;
        CALL_LEN = 154 => CALL;
        CALL_ISINSTANCE = 150 => CALL;
        CALL_LIST_APPEND = 155 => CALL;
        CALL_METHOD_DESCRIPTOR_O = 159 => CALL;
        CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS = 157 => CALL;
        CALL_METHOD_DESCRIPTOR_NOARGS = 158 => CALL;
        CALL_METHOD_DESCRIPTOR_FAST = 156 => CALL;
        CALL_ALLOC_AND_ENTER_INIT = 143 => CALL;
        CALL_PY_GENERAL = 162 => CALL;
        CALL_BOUND_METHOD_GENERAL = 145 => CALL;
        CALL_NON_PY_GENERAL = 160 => CALL;
        CALL_KW_BOUND_METHOD = 151 => CALL_KW;
        CALL_KW_PY = 153 => CALL_KW;
        CALL_KW_NON_PY = 152 => CALL_KW;
        COMPARE_OP_FLOAT = 166 => COMPARE_OP;
        COMPARE_OP_INT = 167 => COMPARE_OP;
        COMPARE_OP_STR = 168 => COMPARE_OP;
        CONTAINS_OP_SET = 170 => CONTAINS_OP;
        CONTAINS_OP_DICT = 169 => CONTAINS_OP;
        FOR_ITER_LIST = 172 => FOR_ITER;
        FOR_ITER_TUPLE = 174 => FOR_ITER;
        FOR_ITER_RANGE = 173 => FOR_ITER;
        FOR_ITER_GEN = 171 => FOR_ITER;
        JUMP_BACKWARD_NO_JIT = 176 => JUMP_BACKWARD;
        JUMP_BACKWARD_JIT = 175 => JUMP_BACKWARD;
        LOAD_ATTR_INSTANCE_VALUE = 180 => LOAD_ATTR;
        LOAD_ATTR_MODULE = 184 => LOAD_ATTR;
        LOAD_ATTR_WITH_HINT = 189 => LOAD_ATTR;
        LOAD_ATTR_SLOT = 188 => LOAD_ATTR;
        LOAD_ATTR_CLASS = 177 => LOAD_ATTR;
        LOAD_ATTR_CLASS_WITH_METACLASS_CHECK = 178 => LOAD_ATTR;
        LOAD_ATTR_PROPERTY = 187 => LOAD_ATTR;
        LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN = 179 => LOAD_ATTR;
        LOAD_ATTR_METHOD_WITH_VALUES = 183 => LOAD_ATTR;
        LOAD_ATTR_METHOD_NO_DICT = 182 => LOAD_ATTR;
        LOAD_ATTR_METHOD_LAZY_DICT = 181 => LOAD_ATTR;
        LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES = 186 => LOAD_ATTR;
        LOAD_ATTR_NONDESCRIPTOR_NO_DICT = 185 => LOAD_ATTR;
        LOAD_CONST_MORTAL = 191 => LOAD_CONST;
        LOAD_CONST_IMMORTAL = 190 => LOAD_CONST;
        LOAD_GLOBAL_MODULE = 193 => LOAD_GLOBAL;
        LOAD_GLOBAL_BUILTIN = 192 => LOAD_GLOBAL;
        LOAD_SUPER_ATTR_ATTR = 194 => LOAD_SUPER_ATTR;
        LOAD_SUPER_ATTR_METHOD = 195 => LOAD_SUPER_ATTR;
        RESUME_CHECK = 196 => RESUME;
        SEND_GEN = 197 => SEND;
        STORE_ATTR_INSTANCE_VALUE = 198 => STORE_ATTR;
        STORE_ATTR_SLOT = 199 => STORE_ATTR;
        STORE_ATTR_WITH_HINT = 200 => STORE_ATTR;
        STORE_SUBSCR_DICT = 201 => STORE_SUBSCR;
        STORE_SUBSCR_LIST_INT = 202 => STORE_SUBSCR;
        TO_BOOL_ALWAYS_TRUE = 203 => TO_BOOL;
        TO_BOOL_BOOL = 204 => TO_BOOL;
        TO_BOOL_INT = 205 => TO_BOOL;
        TO_BOOL_LIST = 206 => TO_BOOL;
        TO_BOOL_NONE = 207 => TO_BOOL;
        TO_BOOL_STR = 208 => TO_BOOL;
        UNPACK_SEQUENCE_TWO_TUPLE = 211 => UNPACK_SEQUENCE;
        UNPACK_SEQUENCE_TUPLE = 210 => UNPACK_SEQUENCE;
        UNPACK_SEQUENCE_LIST = 209 => UNPACK_SEQUENCE;
    }
    instrumented {
        INSTRUMENTED_END_FOR = 234, None => END_FOR;
        INSTRUMENTED_POP_ITER = 235, None => POP_ITER;
        INSTRUMENTED_END_SEND = 236, None => END_SEND;
        INSTRUMENTED_FOR_ITER = 237, JumpForward => FOR_ITER;
        INSTRUMENTED_JUMP_FORWARD = 239, Raw => JUMP_FORWARD;
        INSTRUMENTED_NOT_TAKEN = 240, None => NOT_TAKEN;
        INSTRUMENTED_POP_JUMP_IF_TRUE = 241, Raw => POP_JUMP_IF_TRUE;
        INSTRUMENTED_POP_JUMP_IF_FALSE = 242, Raw => POP_JUMP_IF_FALSE;
        INSTRUMENTED_POP_JUMP_IF_NONE = 243, Raw => POP_JUMP_IF_NONE;
        INSTRUMENTED_POP_JUMP_IF_NOT_NONE = 244, Raw => POP_JUMP_IF_NOT_NONE;
        INSTRUMENTED_RESUME = 245, Raw => RESUME;
        INSTRUMENTED_RETURN_VALUE = 246, None => RETURN_VALUE;
        INSTRUMENTED_YIELD_VALUE = 247, Raw => YIELD_VALUE;
        INSTRUMENTED_END_ASYNC_FOR = 248, JumpBackward => END_ASYNC_FOR;
        INSTRUMENTED_LOAD_SUPER_ATTR = 249, SuperAttrName => LOAD_SUPER_ATTR;
        INSTRUMENTED_CALL = 250, Raw => CALL;
        INSTRUMENTED_CALL_KW = 251, Raw => CALL_KW;
        INSTRUMENTED_CALL_FUNCTION_EX = 252, None => CALL_FUNCTION_EX;
        INSTRUMENTED_JUMP_BACKWARD = 253, Raw => JUMP_BACKWARD;
    }
    pseudo {
        ANNOTATIONS_PLACEHOLDER = 256, None, stack(0 => 0), targets[NOP];
        JUMP = 257, Jump, stack(0 => 0), targets[JUMP_FORWARD, JUMP_BACKWARD],
            [UNCONDITIONAL_JUMP];
        JUMP_IF_FALSE = 258, Jump, stack(1 => 1),
            targets[COPY, TO_BOOL, POP_JUMP_IF_FALSE];
        JUMP_IF_TRUE = 259, Jump, stack(1 => 1),
            targets[COPY, TO_BOOL, POP_JUMP_IF_TRUE];
        JUMP_NO_INTERRUPT = 260, Jump, stack(0 => 0),
            targets[JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT], [UNCONDITIONAL_JUMP];
        LOAD_CLOSURE = 261, Local, stack(0 => 1), targets[LOAD_FAST];
        POP_BLOCK = 262, None, stack(0 => 0), targets[NOP], [BLOCK_POP];
        SETUP_CLEANUP = 263, Handler, stack(0 => 0), jump(0 => 2), targets[NOP], [BLOCK_PUSH];
        SETUP_FINALLY = 264, Handler, stack(0 => 0), jump(0 => 1), targets[NOP], [BLOCK_PUSH];
        SETUP_WITH = 265, Handler, stack(0 => 0), jump(0 => 1), targets[NOP], [BLOCK_PUSH];
        STORE_FAST_MAYBE_NULL = 266, Local, stack(1 => 0), targets[STORE_FAST];
    }
}

/// `opcode.HAVE_ARGUMENT`: opcodes below it take no oparg. Kept for
/// compatibility; [`Opcode::has_arg`] is the real test (the instruction
/// numbered 43, `WITH_EXCEPT_START`, takes none).
pub const HAVE_ARGUMENT: u8 = 43;

/// `opcode.MIN_INSTRUMENTED_OPCODE`: the instrumented forms (and
/// `ENTER_EXECUTOR`) are numbered from here up.
pub const MIN_INSTRUMENTED_OPCODE: u8 = 234;

/// Any instruction the code generator can emit: a real one or a
/// pseudo-instruction. Its number is CPython's (real below 256, pseudo from
/// 256), so one `u16` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AnyOpcode {
    Real(Opcode),
    Pseudo(PseudoOpcode),
}

impl AnyOpcode {
    /// CPython's number for the instruction (`opcode.opmap` value).
    pub const fn number(self) -> u16 {
        match self {
            AnyOpcode::Real(op) => op as u16,
            AnyOpcode::Pseudo(op) => op as u16,
        }
    }

    /// The instruction with this number, if any.
    pub const fn from_u16(number: u16) -> Option<AnyOpcode> {
        if number < 256 {
            match Opcode::from_u8(number as u8) {
                Some(op) => Some(AnyOpcode::Real(op)),
                None => None,
            }
        } else {
            match PseudoOpcode::from_u16(number) {
                Some(op) => Some(AnyOpcode::Pseudo(op)),
                None => None,
            }
        }
    }

    /// The instruction with this name, if any.
    pub fn from_name(name: &str) -> Option<AnyOpcode> {
        Opcode::from_name(name)
            .map(AnyOpcode::Real)
            .or_else(|| PseudoOpcode::from_name(name).map(AnyOpcode::Pseudo))
    }

    /// The name.
    pub const fn name(self) -> &'static str {
        match self {
            AnyOpcode::Real(op) => op.name(),
            AnyOpcode::Pseudo(op) => op.name(),
        }
    }

    /// What the oparg means.
    pub const fn arg_kind(self) -> ArgKind {
        match self {
            AnyOpcode::Real(op) => op.arg_kind(),
            AnyOpcode::Pseudo(op) => op.arg_kind(),
        }
    }

    /// Whether the oparg is meaningful.
    pub const fn has_arg(self) -> bool {
        self.arg_kind().has_arg()
    }

    /// Control-flow flags.
    pub const fn flags(self) -> Flags {
        match self {
            AnyOpcode::Real(op) => op.flags(),
            AnyOpcode::Pseudo(op) => op.flags(),
        }
    }

    /// Number of inline cache code units after the instruction; none for
    /// pseudo-instructions, which never reach `co_code`.
    pub const fn cache_entries(self) -> usize {
        match self {
            AnyOpcode::Real(op) => op.cache_entries(),
            AnyOpcode::Pseudo(_) => 0,
        }
    }

    /// Whether the oparg names another place in the code: a jump target
    /// or, for `SETUP_*`, an exception handler (a block in the compiler's
    /// control-flow graph).
    pub const fn has_target(self) -> bool {
        self.arg_kind().has_jrel() || self.arg_kind().has_exc()
    }

    /// Whether this pushes an exception-handler block (`SETUP_*`).
    pub const fn is_block_push(self) -> bool {
        self.flags().contains(Flags::BLOCK_PUSH)
    }

    /// Whether this leaves the frame (`RETURN_VALUE`, `RAISE_VARARGS`,
    /// `RERAISE`).
    pub const fn is_scope_exit(self) -> bool {
        self.flags().contains(Flags::SCOPE_EXIT)
    }

    /// Whether this always jumps to its target.
    pub const fn is_unconditional_jump(self) -> bool {
        self.flags().contains(Flags::UNCONDITIONAL_JUMP)
    }

    /// Whether the instruction may transfer control to its oparg's target
    /// (`opcode.hasjump`).
    pub const fn is_jump(self) -> bool {
        self.arg_kind().has_jrel()
    }

    /// Whether control never falls through to the next instruction.
    pub const fn is_terminator(self) -> bool {
        self.flags().contains(Flags::SCOPE_EXIT) || self.flags().contains(Flags::UNCONDITIONAL_JUMP)
    }

    /// Items popped and pushed on the fall-through (`jump == false`) or
    /// branch (`jump == true`) path.
    pub const fn stack_effect(self, oparg: u32, jump: bool) -> StackEffect {
        match self {
            AnyOpcode::Real(op) => op.stack_effect(oparg),
            AnyOpcode::Pseudo(op) => op.stack_effect(oparg, jump),
        }
    }

    /// Net stack effect as `dis.stack_effect(op, oparg, jump=...)` reports
    /// it: `None` asks for the larger of the two paths, which is what a
    /// stack-depth bound needs.
    pub const fn net_stack_effect(self, oparg: u32, jump: Option<bool>) -> i32 {
        match jump {
            Some(jump) => self.stack_effect(oparg, jump).net(),
            None => {
                let taken = self.stack_effect(oparg, true).net();
                let fallthrough = self.stack_effect(oparg, false).net();
                if taken > fallthrough {
                    taken
                } else {
                    fallthrough
                }
            }
        }
    }
}

/// `dis.stack_effect(opcode, oparg, jump=jump)` with CPython 3.14's exact
/// rules, for the runtime's `dis`/`_opcode` modules: a missing oparg counts
/// as 0, `jump=None` gives the larger of the two paths, and `None` is
/// returned where CPython raises `ValueError` ("invalid opcode or oparg"):
/// unknown and specialized opcodes, and opargs that would pop or push a
/// negative number of items.
pub fn dis_stack_effect(opcode: u16, oparg: Option<i32>, jump: Option<bool>) -> Option<i32> {
    let op = AnyOpcode::from_u16(opcode)?;
    if matches!(op, AnyOpcode::Real(real) if real.is_specialized()) {
        return None;
    }
    let oparg = oparg.unwrap_or(0) as i64;
    let net = |jump: bool| -> Option<i64> {
        let (popped, pushed) = match op {
            AnyOpcode::Real(op) => op.counts(oparg),
            AnyOpcode::Pseudo(op) => op.counts(oparg, jump),
        };
        (popped >= 0 && pushed >= 0).then_some(pushed - popped)
    };
    let effect = match jump {
        Some(jump) => net(jump)?,
        None => net(true)?.max(net(false)?),
    };
    i32::try_from(effect).ok()
}

impl From<Opcode> for AnyOpcode {
    fn from(op: Opcode) -> AnyOpcode {
        AnyOpcode::Real(op)
    }
}

impl From<PseudoOpcode> for AnyOpcode {
    fn from(op: PseudoOpcode) -> AnyOpcode {
        AnyOpcode::Pseudo(op)
    }
}

impl fmt::Display for Opcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl fmt::Display for PseudoOpcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl fmt::Display for AnyOpcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_names_are_a_bijection() {
        for &op in Opcode::ALL {
            assert_eq!(Opcode::from_u8(op as u8), Some(op));
            assert_eq!(Opcode::from_name(op.name()), Some(op));
        }
        for &op in PseudoOpcode::ALL {
            assert!(op as u16 >= 256);
            assert_eq!(PseudoOpcode::from_u16(op as u16), Some(op));
            assert_eq!(AnyOpcode::from_name(op.name()), Some(AnyOpcode::Pseudo(op)));
        }
        let distinct: std::collections::BTreeSet<u8> =
            Opcode::ALL.iter().map(|&op| op as u8).collect();
        assert_eq!(distinct.len(), Opcode::ALL.len());
    }

    #[test]
    fn families_inherit_layout_and_effect() {
        for &op in Opcode::ALL {
            let base = op.deopt();
            assert_eq!(op.cache_entries(), base.cache_entries(), "{op}");
            assert_eq!(op.stack_effect(3), base.stack_effect(3), "{op}");
            assert_eq!(
                op.is_specialized() || op.is_instrumented(),
                base != op,
                "{op}"
            );
            assert_eq!(base.deopt(), base);
        }
    }

    #[test]
    fn control_flow_flags() {
        let any = |op: Opcode| AnyOpcode::from(op);
        assert!(any(Opcode::RETURN_VALUE).is_terminator());
        assert!(any(Opcode::JUMP_BACKWARD).is_terminator());
        assert!(!any(Opcode::POP_JUMP_IF_TRUE).is_terminator());
        assert!(any(Opcode::POP_JUMP_IF_TRUE).is_jump());
        assert!(AnyOpcode::from(PseudoOpcode::JUMP).is_terminator());
        assert!(PseudoOpcode::SETUP_WITH.flags().contains(Flags::BLOCK_PUSH));
        assert!(PseudoOpcode::POP_BLOCK.flags().contains(Flags::BLOCK_POP));
        assert_eq!(PseudoOpcode::LOAD_CLOSURE.targets(), [Opcode::LOAD_FAST]);
        for &op in PseudoOpcode::ALL {
            assert!(!op.targets().is_empty(), "{op}");
        }
    }

    #[test]
    fn dis_stack_effect_edge_cases() {
        // What CPython 3.14's dis.stack_effect answers for these calls.
        assert_eq!(dis_stack_effect(130, Some(0), None), None); // specialized
        assert_eq!(dis_stack_effect(300, Some(0), None), None); // unknown
        assert_eq!(dis_stack_effect(1, Some(1), None), Some(-2)); // arg ignored
        assert_eq!(dis_stack_effect(44, None, None), Some(-1));
        assert_eq!(dis_stack_effect(44, Some(-1), None), Some(-1));
        assert_eq!(dis_stack_effect(46, Some(-5), None), None); // pops < 0
        assert_eq!(dis_stack_effect(20, None, None), Some(-1));
        assert_eq!(dis_stack_effect(255, Some(0), None), Some(0));
        assert_eq!(dis_stack_effect(263, Some(0), Some(false)), Some(0));
    }

    #[test]
    fn any_opcode_constants_and_cfg_predicates() {
        assert_eq!(AnyOpcode::LOAD_CONST, AnyOpcode::Real(Opcode::LOAD_CONST));
        assert_eq!(
            AnyOpcode::SETUP_WITH,
            AnyOpcode::Pseudo(PseudoOpcode::SETUP_WITH)
        );
        assert_eq!(AnyOpcode::LOAD_ATTR.cache_entries(), 9);
        assert_eq!(AnyOpcode::JUMP.cache_entries(), 0);
        for op in [
            AnyOpcode::SETUP_FINALLY,
            AnyOpcode::FOR_ITER,
            AnyOpcode::END_ASYNC_FOR,
        ] {
            assert!(op.has_target(), "{op}");
        }
        assert!(!AnyOpcode::SETUP_CLEANUP.is_jump());
        assert!(AnyOpcode::SETUP_CLEANUP.is_block_push());
        assert!(AnyOpcode::RERAISE.is_scope_exit());
        assert!(AnyOpcode::JUMP_NO_INTERRUPT.is_unconditional_jump());
        assert!(!AnyOpcode::POP_JUMP_IF_NONE.is_unconditional_jump());
    }

    #[test]
    fn handler_paths_differ() {
        let setup = AnyOpcode::from(PseudoOpcode::SETUP_CLEANUP);
        assert_eq!(setup.stack_effect(0, false).net(), 0);
        assert_eq!(setup.stack_effect(0, true).net(), 2);
        assert_eq!(setup.net_stack_effect(0, None), 2);
    }
}
