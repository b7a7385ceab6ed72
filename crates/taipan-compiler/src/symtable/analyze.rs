//! Second pass: resolve every name to local, global, free or cell.
//!
//! Each block is analyzed with the names bound in enclosing function scopes
//! (`bound`), the names declared global above it (`global`) and the type
//! parameters in view; children report the names free in them, which become
//! cells of the block that binds them. Classes do not make their names
//! visible to nested functions, except `__class__`, `__classdict__` and
//! `__conditional_annotations__`, which they provide as implicit cells.

use super::flags::*;
use super::{BlockType, ComprehensionKind, ScopeId, SymbolScope, SymbolTable};
use crate::error::{syntax_error, CompileResult};
use crate::fasthash::{HashMap, HashSet};
use taipan_syntax::SyntaxError;

type Names = HashSet<String>;

pub fn analyze(table: &mut SymbolTable) -> CompileResult<()> {
    let mut free = Names::default();
    analyze_block(
        table,
        SymbolTable::TOP,
        None,
        &mut free,
        &Names::default(),
        &Names::default(),
        None,
    )
}

/// The error for a `global`/`nonlocal` problem, at the declaration.
fn directive_error(table: &SymbolTable, id: ScopeId, name: &str, msg: String) -> SyntaxError {
    let range = table.scopes[id]
        .directives
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, r)| *r)
        .unwrap_or(table.scopes[id].range);
    syntax_error(msg, range)
}

struct Sets<'a> {
    bound: Option<&'a mut Names>,
    global: &'a mut Names,
    type_params: &'a mut Names,
    local: &'a mut Names,
    free: &'a mut Names,
}

#[allow(clippy::too_many_arguments)]
fn analyze_name(
    table: &SymbolTable,
    id: ScopeId,
    scopes: &mut HashMap<String, SymbolScope>,
    name: &str,
    flags: u32,
    sets: &mut Sets<'_>,
    class_entry: Option<ScopeId>,
) -> CompileResult<()> {
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return Err(directive_error(
                table,
                id,
                name,
                format!("name '{name}' is nonlocal and global"),
            ));
        }
        scopes.insert(name.to_string(), SymbolScope::GlobalExplicit);
        sets.global.insert(name.to_string());
        // `bound` is this block's own copy: children must not see the name
        // as bound by an enclosing function either.
        if let Some(b) = sets.bound.as_deref_mut() {
            b.remove(name);
        }
        return Ok(());
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(bound) = sets.bound.as_deref() else {
            return Err(directive_error(
                table,
                id,
                name,
                "nonlocal declaration not allowed at module level".to_string(),
            ));
        };
        if !bound.contains(name) {
            return Err(directive_error(
                table,
                id,
                name,
                format!("no binding for nonlocal '{name}' found"),
            ));
        }
        if sets.type_params.contains(name) {
            return Err(directive_error(
                table,
                id,
                name,
                format!("nonlocal binding not allowed for type parameter '{name}'"),
            ));
        }
        scopes.insert(name.to_string(), SymbolScope::Free);
        sets.free.insert(name.to_string());
        return Ok(());
    }
    if flags & DEF_BOUND != 0 {
        scopes.insert(name.to_string(), SymbolScope::Local);
        sets.local.insert(name.to_string());
        sets.global.remove(name);
        if flags & DEF_TYPE_PARAM != 0 {
            sets.type_params.insert(name.to_string());
        } else {
            sets.type_params.remove(name);
        }
        return Ok(());
    }
    // A scope that sees its class resolves a name the class binds through
    // the class namespace and globals, not through an outer function.
    if let Some(class) = class_entry {
        let class_flags = table.scopes[class].flags(name);
        if class_flags & DEF_GLOBAL != 0 {
            scopes.insert(name.to_string(), SymbolScope::GlobalExplicit);
            return Ok(());
        }
        if class_flags & DEF_BOUND != 0 && class_flags & DEF_NONLOCAL == 0 {
            scopes.insert(name.to_string(), SymbolScope::GlobalImplicit);
            return Ok(());
        }
    }
    if sets.bound.as_deref().is_some_and(|b| b.contains(name)) {
        scopes.insert(name.to_string(), SymbolScope::Free);
        sets.free.insert(name.to_string());
        return Ok(());
    }
    scopes.insert(name.to_string(), SymbolScope::GlobalImplicit);
    Ok(())
}

fn analyze_block(
    table: &mut SymbolTable,
    id: ScopeId,
    bound: Option<&Names>,
    free: &mut Names,
    global: &Names,
    type_params: &Names,
    class_entry: Option<ScopeId>,
) -> CompileResult<()> {
    let mut local = Names::default();
    let mut scopes: HashMap<String, SymbolScope> = HashMap::default();
    let mut newglobal = Names::default();
    let mut newfree = Names::default();
    let mut newbound = Names::default();
    let mut inlined_cells = Names::default();
    let mut global = global.clone();
    let mut bound = bound.cloned();
    let mut type_params = type_params.clone();
    let kind = table.scopes[id].kind;

    // Class bindings are invisible to nested functions: what children see
    // is fixed before the class's own names are analyzed.
    if kind == BlockType::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
    }

    {
        let mut sets = Sets {
            bound: bound.as_mut(),
            global: &mut global,
            type_params: &mut type_params,
            local: &mut local,
            free,
        };
        // Naming reads the table only: the symbols are borrowed, not copied.
        let t: &SymbolTable = table;
        for sym in &t.scopes[id].symbols {
            analyze_name(
                t,
                id,
                &mut scopes,
                &sym.name,
                sym.flags,
                &mut sets,
                class_entry,
            )?;
        }
    }

    if kind != BlockType::Class {
        if table.scopes[id].is_function_like() {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        for implicit in CLASS_IMPLICIT {
            newbound.insert(implicit.to_string());
        }
    }

    let children = table.scopes[id].children.clone();
    let sees_class = table.scopes[id].can_see_class_scope;
    for &child in &children {
        let new_class_entry = if table.scopes[child].can_see_class_scope {
            if kind == BlockType::Class {
                Some(id)
            } else {
                class_entry
            }
        } else {
            None
        };
        let c = &table.scopes[child];
        // Comprehensions are inlined, except generator expressions and
        // those in annotation scopes nested in classes.
        let inline = c.comprehension != ComprehensionKind::None && !c.generator && !sees_class;
        let mut child_free = newfree.clone();
        analyze_block(
            table,
            child,
            Some(&newbound),
            &mut child_free,
            &newglobal,
            &type_params,
            new_class_entry,
        )?;
        if inline {
            inline_comprehension(
                table,
                id,
                child,
                &mut scopes,
                &mut child_free,
                &mut inlined_cells,
            );
            table.scopes[child].comp_inlined = true;
        }
        newfree.extend(child_free);
    }

    // The children of inlined comprehensions become our children.
    let mut spliced = Vec::with_capacity(children.len());
    for &child in &children {
        if table.scopes[child].comp_inlined {
            spliced.extend(table.scopes[child].children.iter().copied());
        } else {
            spliced.push(child);
        }
    }
    table.scopes[id].children = spliced;

    if table.scopes[id].is_function_like() {
        analyze_cells(&mut scopes, &mut newfree, &inlined_cells);
    } else if kind == BlockType::Class {
        drop_class_free(table, id, &mut newfree);
    }
    let is_class_like = kind == BlockType::Class || sees_class;
    update_symbols(
        table,
        id,
        &scopes,
        bound.as_ref(),
        &newfree,
        &inlined_cells,
        is_class_like,
    );
    free.extend(newfree);
    Ok(())
}

fn is_free_in_any_child(table: &SymbolTable, comp: ScopeId, name: &str) -> bool {
    table.scopes[comp]
        .children
        .iter()
        .any(|&c| table.scopes[c].scope_of(name) == Some(SymbolScope::Free))
}

/// The cells a class body provides to the scopes nested in it.
const CLASS_IMPLICIT: [&str; 3] = ["__class__", "__classdict__", "__conditional_annotations__"];

/// Merges the names of the inlined comprehension `comp` into `parent`.
fn inline_comprehension(
    table: &mut SymbolTable,
    parent: ScopeId,
    comp: ScopeId,
    scopes: &mut HashMap<String, SymbolScope>,
    comp_free: &mut Names,
    inlined_cells: &mut Names,
) {
    let parent_is_class = table.scopes[parent].kind == BlockType::Class;
    let mut class_implicit: Vec<&'static str> = Vec::new();
    let comp_symbols = table.scopes[comp].symbols.clone();
    for sym in comp_symbols {
        if sym.flags & DEF_PARAM != 0 {
            continue; // the `.0` iterator argument
        }
        let mut scope = sym.scope.unwrap_or(SymbolScope::GlobalImplicit);
        if scope == SymbolScope::Cell || sym.flags & DEF_COMP_CELL != 0 {
            inlined_cells.insert(sym.name.clone());
        }
        // The class's implicit cells are never free through a class scope
        // (see `drop_class_free`), unless a scope nested in the
        // comprehension needs them: then the class provides the cell.
        let implicit = CLASS_IMPLICIT.iter().find(|&&n| n == sym.name);
        if let (SymbolScope::Free, true, Some(&name)) = (scope, parent_is_class, implicit) {
            scope = SymbolScope::GlobalImplicit;
            if !is_free_in_any_child(table, comp, name) {
                comp_free.remove(name);
            }
            class_implicit.push(name);
        }
        match table.scopes[parent].lookup(&sym.name).map(|s| s.flags) {
            None => {
                *table.scopes[parent].flags_mut(&sym.name) = sym.flags;
                scopes.insert(sym.name.clone(), scope);
            }
            Some(flags) => {
                // A name the comprehension shares with a function-scope
                // local is just that local once inlined.
                if flags & DEF_BOUND != 0
                    && !parent_is_class
                    && !is_free_in_any_child(table, comp, &sym.name)
                {
                    comp_free.remove(&sym.name);
                }
            }
        }
    }
    for name in class_implicit {
        table.scopes[comp].remove(name);
    }
}

/// Locals that children use freely become cells.
fn analyze_cells(
    scopes: &mut HashMap<String, SymbolScope>,
    free: &mut Names,
    inlined_cells: &Names,
) {
    for (name, scope) in scopes.iter_mut() {
        if *scope == SymbolScope::Local && (free.contains(name) || inlined_cells.contains(name)) {
            *scope = SymbolScope::Cell;
            free.remove(name);
        }
    }
}

/// A class provides `__class__`, `__classdict__` and
/// `__conditional_annotations__` cells to its children when they use them.
fn drop_class_free(table: &mut SymbolTable, id: ScopeId, free: &mut Names) {
    let s = &mut table.scopes[id];
    if free.remove("__class__") {
        s.needs_class_closure = true;
    }
    if free.remove("__classdict__") {
        s.needs_classdict = true;
    }
    if free.remove("__conditional_annotations__") {
        s.has_conditional_annotations = true;
    }
}

/// Records the resolved scopes, and the names that only pass through this
/// block on their way to a child (free here too).
fn update_symbols(
    table: &mut SymbolTable,
    id: ScopeId,
    scopes: &HashMap<String, SymbolScope>,
    bound: Option<&Names>,
    free: &Names,
    inlined_cells: &Names,
    classflag: bool,
) {
    let s = &mut table.scopes[id];
    for sym in &mut s.symbols {
        if inlined_cells.contains(&sym.name) {
            sym.flags |= DEF_COMP_CELL;
        }
        sym.scope = scopes.get(&sym.name).copied();
    }
    // Iterate in a stable order so the symbol order is deterministic.
    let mut free: Vec<&String> = free.iter().collect();
    free.sort();
    for name in free {
        if let Some(&i) = s.index.get(name.as_str()) {
            // A free variable of a method that the class also binds.
            if classflag {
                s.symbols[i].flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if bound.is_some_and(|b| !b.contains(name.as_str())) {
            continue; // a global
        }
        *s.flags_mut(name) = 0;
        let i = s.index[name.as_str()];
        s.symbols[i].scope = Some(SymbolScope::Free);
    }
}
