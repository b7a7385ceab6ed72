//! The constants of a code object under construction (`co_consts`), merged
//! by [`ConstValue::key`] (CPython's `_PyCode_ConstantKey`).

use crate::fasthash::{FastHasher, HashMap};
use std::collections::hash_map::Entry;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use taipan_bytecode::ConstValue;

/// An insertion-ordered list of distinct constants with a hash index, so
/// that adding one costs a lookup, not a scan of the list.
#[derive(Clone, Debug, Default)]
pub struct ConstPool {
    values: Vec<ConstValue>,
    /// Key hash to the first constant with that hash; a constant whose
    /// hash is taken by a different one is found by a scan instead.
    index: HashMap<u64, u32>,
}

fn key_hash(value: &ConstValue) -> u64 {
    let mut h = FastHasher::default();
    value.key().hash(&mut h);
    h.finish()
}

impl ConstPool {
    /// The index of `value`, adding it if new.
    pub fn add(&mut self, value: ConstValue) -> u32 {
        let next = self.values.len() as u32;
        match self.index.entry(key_hash(&value)) {
            Entry::Occupied(e) => {
                let i = *e.get();
                if self.values[i as usize].key() == value.key() {
                    return i;
                }
                if let Some(j) = self.values.iter().position(|c| c.key() == value.key()) {
                    return j as u32;
                }
            }
            Entry::Vacant(e) => {
                e.insert(next);
            }
        }
        self.values.push(value);
        next
    }

    pub fn into_vec(self) -> Vec<ConstValue> {
        self.values
    }
}

impl Deref for ConstPool {
    type Target = [ConstValue];

    fn deref(&self) -> &[ConstValue] {
        &self.values
    }
}
