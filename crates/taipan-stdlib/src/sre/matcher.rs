//! The backtracking engine over the code list `re._compiler` produces.
//! Choice points live on an explicit stack (never the Rust stack): each
//! saves the whole matcher state, so backtracking is "pop and resume".
//! Lookarounds, atomic groups and possessive repeats push a barrier and a
//! frame; when their body succeeds the choice points above the barrier
//! are dropped.

use taipan_vm::types::str::props;

use super::opcodes::*;

/// What a search or match asks of the engine.
pub struct Request<'a> {
    pub code: &'a [u32],
    /// The subject, already cut at `endpos`.
    pub text: &'a [u32],
    pub pos: usize,
    pub mode: Mode,
    /// A match starting at `pos` must not be empty (iteration after an
    /// empty match).
    pub must_advance: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Match,
    FullMatch,
    Search,
}

/// A successful match: its span, the group marks and `lastindex`.
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub marks: Vec<Option<usize>>,
    pub lastindex: i64,
}

/// Malformed code (the compiler never produces it).
pub struct BadCode;

const UNSET: usize = usize::MAX;

#[derive(Clone)]
struct Repeat {
    count: usize,
    min: usize,
    max: usize,
    body: usize,
    last: usize,
}

#[derive(Clone)]
enum FrameKind {
    Assert {
        saved_pos: usize,
    },
    AssertNot,
    Atomic,
    Possessive {
        count: usize,
        min: usize,
        max: usize,
        body: usize,
        last: usize,
    },
}

#[derive(Clone)]
struct Frame {
    kind: FrameKind,
    /// Stack length when the construct began (its barrier sits there).
    barrier: usize,
    /// Where matching goes on after the construct.
    cont: usize,
}

#[derive(Clone)]
struct State {
    pc: usize,
    pos: usize,
    marks: Vec<usize>,
    lastindex: i64,
    repeats: Vec<Repeat>,
    frames: Vec<Frame>,
}

enum Choice {
    /// Resume at the saved state.
    Resume(State),
    /// The body of a lookaround, atomic group or possessive repeat failed
    /// throughout; a negative lookahead then resumes at the saved state.
    Barrier(Option<State>),
    /// A greedy single-character repeat may give back one more item.
    GiveBack {
        state: State,
        start: usize,
        count: usize,
        min: usize,
    },
    /// A lazy single-character repeat may take one more item.
    TakeMore {
        state: State,
        item: usize,
        count: usize,
        max: usize,
    },
    /// A possessive repeat may stop before its next iteration.
    PossessiveStop(State),
}

const MAXREPEAT: usize = u32::MAX as usize;

fn is_ascii_word(c: u32) -> bool {
    c < 128 && (c as u8 as char).is_ascii_alphanumeric() || c == '_' as u32
}

fn is_uni_word(c: u32) -> bool {
    props::is_alnum(c) || c == '_' as u32
}

fn is_ascii_space(c: u32) -> bool {
    matches!(c, 9..=13 | 32)
}

fn is_uni_linebreak(c: u32) -> bool {
    matches!(c, 10..=13 | 0x1C..=0x1E | 0x85 | 0x2028 | 0x2029)
}

pub fn ascii_lower(c: u32) -> u32 {
    if (b'A' as u32..=b'Z' as u32).contains(&c) {
        c + 32
    } else {
        c
    }
}

/// A pattern literal of LOCALE-IGNORECASE matches either case of itself.
fn loc_fold_eq(c: u32, lit: u32) -> bool {
    c == lit || ascii_lower(c) == lit || ascii_upper(c) == lit
}

fn ascii_upper(c: u32) -> u32 {
    if (b'a' as u32..=b'z' as u32).contains(&c) {
        c - 32
    } else {
        c
    }
}

/// The simple (one code point) lowercase mapping.
pub fn uni_lower(c: u32) -> u32 {
    if c < 128 {
        return ascii_lower(c);
    }
    let mut out = Vec::new();
    props::lower(c, &mut out);
    match out.as_slice() {
        [one] => *one,
        [first, ..] if c == 0x130 => *first,
        _ => c,
    }
}

/// The simple (one code point) uppercase mapping.
pub fn uni_upper(c: u32) -> u32 {
    if c < 128 {
        return ascii_upper(c);
    }
    let mut out = Vec::new();
    props::upper(c, &mut out);
    match out.as_slice() {
        [one] => *one,
        _ => c,
    }
}

fn category(code: u32, c: u32) -> bool {
    match code {
        CATEGORY_DIGIT => (48..=57).contains(&c),
        CATEGORY_NOT_DIGIT => !(48..=57).contains(&c),
        CATEGORY_SPACE => is_ascii_space(c),
        CATEGORY_NOT_SPACE => !is_ascii_space(c),
        CATEGORY_WORD | CATEGORY_LOC_WORD => is_ascii_word(c),
        CATEGORY_NOT_WORD | CATEGORY_LOC_NOT_WORD => !is_ascii_word(c),
        CATEGORY_LINEBREAK => c == 10,
        CATEGORY_NOT_LINEBREAK => c != 10,
        CATEGORY_UNI_DIGIT => props::is_decimal(c),
        CATEGORY_UNI_NOT_DIGIT => !props::is_decimal(c),
        CATEGORY_UNI_SPACE => props::is_space(c),
        CATEGORY_UNI_NOT_SPACE => !props::is_space(c),
        CATEGORY_UNI_WORD => is_uni_word(c),
        CATEGORY_UNI_NOT_WORD => !is_uni_word(c),
        CATEGORY_UNI_LINEBREAK => is_uni_linebreak(c),
        CATEGORY_UNI_NOT_LINEBREAK => !is_uni_linebreak(c),
        _ => false,
    }
}

/// What the INFO block says about the first character of any match.
#[derive(Clone, Copy)]
enum FirstChar {
    Any,
    Literal(u32),
    /// A set (as in IN) starting at this code index.
    Set(usize),
}

const INFO_PREFIX: u32 = 1;
const INFO_CHARSET: u32 = 4;

struct Engine<'a> {
    code: &'a [u32],
    text: &'a [u32],
}

impl Engine<'_> {
    fn at(&self, i: usize) -> u32 {
        self.code.get(i).copied().unwrap_or(FAILURE)
    }

    fn word(&self, i: usize) -> usize {
        self.at(i) as usize
    }

    /// The first-character condition of the INFO block, if the code has
    /// one: a search can skip the positions that fail it.
    fn first_char_test(&self) -> FirstChar {
        if self.at(0) != INFO {
            return FirstChar::Any;
        }
        let flags = self.at(2);
        if flags & INFO_PREFIX != 0 && self.word(5) > 0 {
            FirstChar::Literal(self.at(7))
        } else if flags & INFO_CHARSET != 0 {
            FirstChar::Set(5)
        } else {
            FirstChar::Any
        }
    }

    /// Whether `c` is in the set starting at `pc` (ended by FAILURE).
    fn in_set(&self, mut pc: usize, c: u32) -> Result<bool, BadCode> {
        let mut ok = true;
        loop {
            match self.at(pc) {
                FAILURE => return Ok(!ok),
                LITERAL => {
                    if c == self.at(pc + 1) {
                        return Ok(ok);
                    }
                    pc += 2;
                }
                CATEGORY => {
                    if category(self.at(pc + 1), c) {
                        return Ok(ok);
                    }
                    pc += 2;
                }
                CHARSET => {
                    if c < 256 && self.at(pc + 1 + (c as usize >> 5)) & (1 << (c & 31)) != 0 {
                        return Ok(ok);
                    }
                    pc += 1 + 8;
                }
                RANGE => {
                    if self.at(pc + 1) <= c && c <= self.at(pc + 2) {
                        return Ok(ok);
                    }
                    pc += 3;
                }
                RANGE_UNI_IGNORE => {
                    let (lo, hi) = (self.at(pc + 1), self.at(pc + 2));
                    let up = uni_upper(c);
                    if (lo <= c && c <= hi) || (lo <= up && up <= hi) {
                        return Ok(ok);
                    }
                    pc += 3;
                }
                NEGATE => {
                    ok = !ok;
                    pc += 1;
                }
                BIGCHARSET => {
                    let count = self.word(pc + 1);
                    pc += 2;
                    if c < 65536 {
                        // 256 block numbers packed four to a code word.
                        let hi = (c >> 8) as usize;
                        let block = (self.at(pc + hi / 4) >> ((hi % 4) * 8)) & 0xFF;
                        let base = pc + 64 + block as usize * 8;
                        let lo = c & 0xFF;
                        if self.at(base + (lo as usize >> 5)) & (1 << (lo & 31)) != 0 {
                            return Ok(ok);
                        }
                    }
                    pc += 64 + count * 8;
                }
                _ => return Err(BadCode),
            }
        }
    }

    /// Whether the single-character item at `pc` matches at `pos`.
    fn one(&self, pc: usize, pos: usize) -> Result<bool, BadCode> {
        let Some(&c) = self.text.get(pos) else {
            return Ok(false);
        };
        let arg = self.at(pc + 1);
        Ok(match self.at(pc) {
            ANY => c != 10,
            ANY_ALL => true,
            LITERAL => c == arg,
            NOT_LITERAL => c != arg,
            LITERAL_IGNORE => ascii_lower(c) == arg,
            NOT_LITERAL_IGNORE => ascii_lower(c) != arg,
            LITERAL_LOC_IGNORE => loc_fold_eq(c, arg),
            NOT_LITERAL_LOC_IGNORE => !loc_fold_eq(c, arg),
            LITERAL_UNI_IGNORE => uni_lower(c) == arg,
            NOT_LITERAL_UNI_IGNORE => uni_lower(c) != arg,
            CATEGORY => category(arg, c),
            IN => self.in_set(pc + 2, c)?,
            IN_IGNORE => self.in_set(pc + 2, ascii_lower(c))?,
            // The locale's case is the C locale's (ASCII); the set is not folded.
            IN_LOC_IGNORE => {
                self.in_set(pc + 2, c)?
                    || self.in_set(pc + 2, ascii_lower(c))?
                    || self.in_set(pc + 2, ascii_upper(c))?
            }
            IN_UNI_IGNORE => self.in_set(pc + 2, uni_lower(c))?,
            _ => return Err(BadCode),
        })
    }

    fn at_code(&self, code: u32, pos: usize) -> bool {
        let t = self.text;
        let end = t.len();
        let before = |f: fn(u32) -> bool| pos > 0 && f(t[pos - 1]);
        let here = |f: fn(u32) -> bool| pos < end && f(t[pos]);
        match code {
            AT_BEGINNING | AT_BEGINNING_STRING => pos == 0,
            AT_BEGINNING_LINE => pos == 0 || t.get(pos - 1) == Some(&10),
            AT_END => pos == end || (pos + 1 == end && t[pos] == 10),
            AT_END_LINE => pos == end || t.get(pos) == Some(&10),
            AT_END_STRING => pos == end,
            AT_BOUNDARY | AT_LOC_BOUNDARY => {
                end > 0 && before(is_ascii_word) != here(is_ascii_word)
            }
            AT_NON_BOUNDARY | AT_LOC_NON_BOUNDARY => before(is_ascii_word) == here(is_ascii_word),
            AT_UNI_BOUNDARY => end > 0 && before(is_uni_word) != here(is_uni_word),
            AT_UNI_NON_BOUNDARY => before(is_uni_word) == here(is_uni_word),
            _ => false,
        }
    }

    fn groupref(&self, s: &mut State, g: usize, fold: fn(u32) -> u32) -> bool {
        let (a, b) = (
            s.marks.get(2 * g).copied().unwrap_or(UNSET),
            s.marks.get(2 * g + 1).copied().unwrap_or(UNSET),
        );
        if a == UNSET || b == UNSET || a > b {
            return false;
        }
        let n = b - a;
        if s.pos + n > self.text.len() {
            return false;
        }
        let same = (0..n).all(|i| fold(self.text[a + i]) == fold(self.text[s.pos + i]));
        if same {
            s.pos += n;
        }
        same
    }

    /// Tries to match at `start`; returns the end state on success.
    fn attempt(&self, start: usize, req: &Request) -> Result<Option<State>, BadCode> {
        let mut stack: Vec<Choice> = Vec::new();
        let mut s = State {
            pc: 0,
            pos: start,
            marks: Vec::new(),
            lastindex: -1,
            repeats: Vec::new(),
            frames: Vec::new(),
        };
        loop {
            let ok = self.step(&mut s, &mut stack, start, req)?;
            if let Some(done) = ok {
                if done {
                    return Ok(Some(s));
                }
                continue;
            }
            // Backtrack.
            loop {
                let Some(choice) = stack.pop() else {
                    return Ok(None);
                };
                match choice {
                    Choice::Resume(st) => {
                        s = st;
                        break;
                    }
                    Choice::Barrier(Some(st)) => {
                        s = st;
                        break;
                    }
                    Choice::Barrier(None) => {}
                    Choice::GiveBack {
                        state,
                        start,
                        count,
                        min,
                    } => {
                        // The tail's leading literal, if any, rules out
                        // most positions without resuming there.
                        let lit = (self.at(state.pc) == LITERAL).then(|| self.at(state.pc + 1));
                        let fits =
                            |n: usize| lit.is_none_or(|c| self.text.get(start + n) == Some(&c));
                        if let Some(n) = (min..count).rev().find(|&n| fits(n)) {
                            s = state;
                            s.pos = start + n;
                            stack.push(Choice::GiveBack {
                                state: s.clone(),
                                start,
                                count: n,
                                min,
                            });
                            break;
                        }
                    }
                    Choice::TakeMore {
                        state,
                        item,
                        count,
                        max,
                    } => {
                        if count < max && self.one(item, state.pos)? {
                            s = state;
                            s.pos += 1;
                            stack.push(Choice::TakeMore {
                                state: s.clone(),
                                item,
                                count: count + 1,
                                max,
                            });
                            break;
                        }
                    }
                    Choice::PossessiveStop(st) => {
                        if let Some(Frame {
                            kind: FrameKind::Possessive { count, min, .. },
                            ..
                        }) = st.frames.last()
                        {
                            if count >= min {
                                s = st;
                                finish_frame(&mut s, &mut stack);
                                break;
                            }
                        }
                    }
                }
            }
        }
    }

    /// Runs one instruction. `Some(true)`: overall success; `Some(false)`:
    /// go on; `None`: fail (backtrack).
    fn step(
        &self,
        s: &mut State,
        stack: &mut Vec<Choice>,
        start: usize,
        req: &Request,
    ) -> Result<Option<bool>, BadCode> {
        let pc = s.pc;
        let op = self.at(pc);
        let go = Some(false);
        match op {
            FAILURE => return Ok(None),
            SUCCESS => {
                let Some(frame) = s.frames.last().cloned() else {
                    let full_fail = req.mode == Mode::FullMatch && s.pos != self.text.len();
                    let advance_fail = req.must_advance && s.pos == start && start == req.pos;
                    return Ok(if full_fail || advance_fail {
                        None
                    } else {
                        Some(true)
                    });
                };
                match frame.kind {
                    FrameKind::Assert { saved_pos } => {
                        s.frames.pop();
                        stack.truncate(frame.barrier);
                        s.pos = saved_pos;
                        s.pc = frame.cont;
                    }
                    FrameKind::AssertNot => {
                        stack.truncate(frame.barrier);
                        return Ok(None);
                    }
                    FrameKind::Atomic => {
                        s.frames.pop();
                        stack.truncate(frame.barrier);
                        s.pc = frame.cont;
                    }
                    FrameKind::Possessive { .. } => {
                        let pos = s.pos;
                        if let Some(Frame {
                            kind: FrameKind::Possessive { count, last, .. },
                            ..
                        }) = s.frames.last_mut()
                        {
                            *count += 1;
                            if *last == pos {
                                finish_frame(s, stack);
                                return Ok(go);
                            }
                            *last = pos;
                        }
                        self.possessive_iterate(s, stack);
                    }
                }
            }
            ANY
            | ANY_ALL
            | LITERAL
            | NOT_LITERAL
            | LITERAL_IGNORE
            | NOT_LITERAL_IGNORE
            | LITERAL_LOC_IGNORE
            | NOT_LITERAL_LOC_IGNORE
            | LITERAL_UNI_IGNORE
            | NOT_LITERAL_UNI_IGNORE
            | CATEGORY => {
                if !self.one(pc, s.pos)? {
                    return Ok(None);
                }
                s.pos += 1;
                s.pc += if matches!(op, ANY | ANY_ALL) { 1 } else { 2 };
            }
            IN | IN_IGNORE | IN_LOC_IGNORE | IN_UNI_IGNORE => {
                if !self.one(pc, s.pos)? {
                    return Ok(None);
                }
                s.pos += 1;
                s.pc = pc + 1 + self.word(pc + 1);
            }
            AT => {
                if !self.at_code(self.at(pc + 1), s.pos) {
                    return Ok(None);
                }
                s.pc += 2;
            }
            INFO => {
                // Fail early when the rest is shorter than the minimum width.
                let min = self.word(pc + 3);
                if self.text.len().saturating_sub(s.pos) < min {
                    return Ok(None);
                }
                s.pc = pc + 1 + self.word(pc + 1);
            }
            JUMP => s.pc = pc + 1 + self.word(pc + 1),
            MARK => {
                let i = self.word(pc + 1);
                // Marks come two per group and groups are fewer than code words.
                if i > 2 * self.code.len() + 1 {
                    return Err(BadCode);
                }
                if s.marks.len() <= i {
                    s.marks.resize(i + 1, UNSET);
                }
                s.marks[i] = s.pos;
                if i % 2 == 1 {
                    s.lastindex = (i / 2 + 1) as i64;
                }
                s.pc += 2;
            }
            BRANCH => {
                // Alternatives: skip, body..., JUMP; a zero skip ends them.
                let mut alt = pc + 1;
                let mut alts = Vec::new();
                while self.at(alt) != 0 {
                    alts.push(alt + 1);
                    alt += self.word(alt);
                    if alts.len() > self.code.len() {
                        return Err(BadCode);
                    }
                }
                for &a in alts.iter().skip(1).rev() {
                    let mut st = s.clone();
                    st.pc = a;
                    stack.push(Choice::Resume(st));
                }
                match alts.first() {
                    Some(&a) => s.pc = a,
                    None => return Ok(None),
                }
            }
            REPEAT_ONE | MIN_REPEAT_ONE | POSSESSIVE_REPEAT_ONE => {
                let skip = self.word(pc + 1);
                let (min, max) = (self.word(pc + 2), self.word(pc + 3));
                let item = pc + 4;
                let tail = pc + 1 + skip;
                let base = s.pos;
                if op == MIN_REPEAT_ONE {
                    let mut n = 0;
                    while n < min {
                        if !self.one(item, base + n)? {
                            return Ok(None);
                        }
                        n += 1;
                    }
                    s.pos = base + n;
                    s.pc = tail;
                    stack.push(Choice::TakeMore {
                        state: s.clone(),
                        item,
                        count: n,
                        max,
                    });
                } else {
                    let mut n = 0;
                    while (n < max || max == MAXREPEAT) && self.one(item, base + n)? {
                        n += 1;
                    }
                    if n < min {
                        return Ok(None);
                    }
                    s.pos = base + n;
                    s.pc = tail;
                    if op == REPEAT_ONE && n > min {
                        stack.push(Choice::GiveBack {
                            state: s.clone(),
                            start: base,
                            count: n,
                            min,
                        });
                    }
                }
            }
            REPEAT => {
                let skip = self.word(pc + 1);
                s.repeats.push(Repeat {
                    count: usize::MAX,
                    min: self.word(pc + 2),
                    max: self.word(pc + 3),
                    body: pc + 4,
                    last: UNSET,
                });
                s.pc = pc + 1 + skip;
            }
            MAX_UNTIL | MIN_UNTIL => {
                let Some(r) = s.repeats.last().cloned() else {
                    return Err(BadCode);
                };
                let count = r.count.wrapping_add(1);
                let more = (count < r.max || r.max == MAXREPEAT) && s.pos != r.last;
                if count < r.min {
                    let top = s.repeats.last_mut().expect("repeat");
                    top.count = count;
                    top.last = s.pos;
                    s.pc = r.body;
                } else if op == MAX_UNTIL {
                    if more {
                        let mut tail = s.clone();
                        tail.repeats.pop();
                        tail.pc = pc + 1;
                        stack.push(Choice::Resume(tail));
                        let top = s.repeats.last_mut().expect("repeat");
                        top.count = count;
                        top.last = s.pos;
                        s.pc = r.body;
                    } else {
                        s.repeats.pop();
                        s.pc = pc + 1;
                    }
                } else {
                    if more {
                        let mut body = s.clone();
                        let top = body.repeats.last_mut().expect("repeat");
                        top.count = count;
                        top.last = s.pos;
                        body.pc = r.body;
                        stack.push(Choice::Resume(body));
                    }
                    s.repeats.pop();
                    s.pc = pc + 1;
                }
            }
            POSSESSIVE_REPEAT => {
                let skip = self.word(pc + 1);
                let barrier = stack.len();
                stack.push(Choice::Barrier(None));
                s.frames.push(Frame {
                    kind: FrameKind::Possessive {
                        count: 0,
                        min: self.word(pc + 2),
                        max: self.word(pc + 3),
                        body: pc + 4,
                        last: s.pos,
                    },
                    barrier,
                    cont: pc + 2 + skip,
                });
                self.possessive_iterate(s, stack);
            }
            ASSERT | ASSERT_NOT | ATOMIC_GROUP => {
                let skip = self.word(pc + 1);
                let cont = pc + 1 + skip;
                let (kind, body) = match op {
                    ATOMIC_GROUP => (FrameKind::Atomic, pc + 2),
                    _ => {
                        let back = self.word(pc + 2);
                        if back > s.pos {
                            // Not enough text behind: the body cannot match.
                            if op == ASSERT {
                                return Ok(None);
                            }
                            s.pc = cont;
                            return Ok(go);
                        }
                        let kind = if op == ASSERT {
                            FrameKind::Assert { saved_pos: s.pos }
                        } else {
                            FrameKind::AssertNot
                        };
                        s.pos -= back;
                        (kind, pc + 3)
                    }
                };
                let barrier = stack.len();
                let resume = (op == ASSERT_NOT).then(|| {
                    let mut st = s.clone();
                    st.pos += self.word(pc + 2);
                    st.pc = cont;
                    st
                });
                stack.push(Choice::Barrier(resume));
                s.frames.push(Frame {
                    kind,
                    barrier,
                    cont,
                });
                s.pc = body;
            }
            GROUPREF | GROUPREF_IGNORE | GROUPREF_LOC_IGNORE | GROUPREF_UNI_IGNORE => {
                let fold: fn(u32) -> u32 = match op {
                    GROUPREF => |c| c,
                    GROUPREF_UNI_IGNORE => uni_lower,
                    _ => ascii_lower,
                };
                if !self.groupref(s, self.word(pc + 1), fold) {
                    return Ok(None);
                }
                s.pc += 2;
            }
            GROUPREF_EXISTS => {
                let g = self.word(pc + 1);
                let set = |i: usize| s.marks.get(i).is_some_and(|&m| m != UNSET);
                let matched = set(2 * g) && set(2 * g + 1) && s.marks[2 * g] <= s.marks[2 * g + 1];
                s.pc = if matched {
                    pc + 3
                } else {
                    pc + 1 + self.word(pc + 2)
                };
            }
            _ => return Err(BadCode),
        }
        Ok(go)
    }

    /// Starts the next iteration of the innermost possessive repeat, or
    /// finishes it at its maximum.
    fn possessive_iterate(&self, s: &mut State, stack: &mut Vec<Choice>) {
        let Some(Frame {
            kind: FrameKind::Possessive {
                count, max, body, ..
            },
            ..
        }) = s.frames.last().cloned()
        else {
            return;
        };
        if count >= max && max != MAXREPEAT {
            finish_frame(s, stack);
            return;
        }
        stack.push(Choice::PossessiveStop(s.clone()));
        s.pc = body;
    }
}

/// Leaves the innermost possessive repeat: its choice points go.
fn finish_frame(s: &mut State, stack: &mut Vec<Choice>) {
    if let Some(f) = s.frames.pop() {
        stack.truncate(f.barrier);
        s.pc = f.cont;
    }
}

/// Runs a match, full match or search.
pub fn run(req: &Request) -> Result<Option<Found>, BadCode> {
    let engine = Engine {
        code: req.code,
        text: req.text,
    };
    let last = if req.mode == Mode::Search {
        req.text.len()
    } else {
        req.pos
    };
    let mut start = req.pos;
    let first = engine.first_char_test();
    while start <= last {
        let hopeless = match first {
            FirstChar::Any => false,
            FirstChar::Literal(c) => req.text.get(start) != Some(&c),
            FirstChar::Set(pc) => match req.text.get(start) {
                Some(&c) => !engine.in_set(pc, c)?,
                None => true,
            },
        };
        if hopeless {
            start += 1;
            continue;
        }
        if let Some(s) = engine.attempt(start, req)? {
            let marks = s.marks.iter().map(|&m| (m != UNSET).then_some(m)).collect();
            return Ok(Some(Found {
                start,
                end: s.pos,
                marks,
                lastindex: s.lastindex,
            }));
        }
        start += 1;
    }
    Ok(None)
}
