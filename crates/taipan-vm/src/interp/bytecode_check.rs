//! The check every code object passes before it can run: control never
//! leaves its code units. The dispatch loop fetches units without bounds
//! checks on the strength of it.
//!
//! It holds when the code has fewer than 2^32 units (frames keep positions
//! in 32 bits), every instruction (with its caches) fits, every jump and
//! exception handler lands inside the code, and the last instruction does
//! not fall through past the end. Specialization rewrites opcodes only
//! within a family, which keeps cache counts and jump shapes, so the
//! property survives it.

use taipan_bytecode::exception_table;
use taipan_bytecode::opcode::ArgKind;
use taipan_bytecode::{AnyOpcode, Opcode};

/// Whether running `units` (`opcode | oparg << 8`) can only reach indices
/// inside it, whatever the data.
pub fn stays_in_bounds(units: &[u16], exceptiontable: &[u8]) -> bool {
    let n = units.len();
    // Frames keep positions in 32 bits.
    if u32::try_from(n).is_err() {
        return false;
    }
    let mut i = 0;
    let mut arg: usize = 0;
    let mut falls_through = true;
    while i < n {
        let Some(op) = Opcode::from_u8((units[i] & 0xff) as u8) else {
            // Unknown opcodes raise SystemError when run: no jump.
            i += 1;
            arg = 0;
            falls_through = true;
            continue;
        };
        arg = (arg << 8) | usize::from(units[i] >> 8);
        let after = i + 1 + op.cache_entries();
        if after > n {
            return false;
        }
        if op == Opcode::EXTENDED_ARG {
            i = after;
            falls_through = true;
            continue;
        }
        let target = match op.arg_kind() {
            ArgKind::JumpForward => after.checked_add(arg),
            ArgKind::JumpBackward => after.checked_sub(arg),
            _ => Some(0),
        };
        // `FOR_ITER` leaves the loop one past its target (the END_FOR).
        let last_reached = match (target, op.deopt()) {
            (Some(t), Opcode::FOR_ITER) => t.checked_add(1),
            (t, _) => t,
        };
        if last_reached.is_none_or(|t| t >= n) {
            return false;
        }
        falls_through = !AnyOpcode::Real(op).is_terminator();
        arg = 0;
        i = after;
    }
    if n == 0 || falls_through {
        return false;
    }
    exception_table::decode(exceptiontable)
        .iter()
        .all(|e| (e.target as usize) < n)
}

#[cfg(test)]
mod tests {
    use super::stays_in_bounds;
    use taipan_bytecode::Opcode;

    fn unit(op: Opcode, arg: u8) -> u16 {
        op as u16 | u16::from(arg) << 8
    }

    #[test]
    fn return_at_the_end_is_in_bounds() {
        let code = [
            unit(Opcode::RESUME, 0),
            unit(Opcode::LOAD_SMALL_INT, 1),
            unit(Opcode::RETURN_VALUE, 0),
        ];
        assert!(stays_in_bounds(&code, &[]));
    }

    #[test]
    fn falling_off_the_end_is_rejected() {
        let code = [unit(Opcode::RESUME, 0), unit(Opcode::NOP, 0)];
        assert!(!stays_in_bounds(&code, &[]));
        assert!(!stays_in_bounds(&[], &[]));
    }

    #[test]
    fn jumps_outside_are_rejected() {
        let code = [unit(Opcode::JUMP_FORWARD, 5), unit(Opcode::RETURN_VALUE, 0)];
        assert!(!stays_in_bounds(&code, &[]));
        let code = [unit(Opcode::JUMP_FORWARD, 0), unit(Opcode::RETURN_VALUE, 0)];
        assert!(stays_in_bounds(&code, &[]));
        let code = [
            unit(Opcode::NOP, 0),
            unit(Opcode::JUMP_BACKWARD_NO_INTERRUPT, 3),
        ];
        assert!(!stays_in_bounds(&code, &[]));
    }

    #[test]
    fn caches_past_the_end_are_rejected() {
        // JUMP_BACKWARD has one cache entry.
        let code = [
            unit(Opcode::RETURN_VALUE, 0),
            unit(Opcode::JUMP_BACKWARD, 0),
        ];
        assert!(!stays_in_bounds(&code, &[]));
    }
}
