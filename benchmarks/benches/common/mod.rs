//! The benchmarks' input: every `.py` file of CPython 3.14's standard
//! library (tests included), read into memory.
//!
//! The library is found through `TAIPAN_STDLIB` (a directory), else by
//! asking the reference interpreter (`tools/refpython.sh`) for its
//! `sysconfig` stdlib path.

use std::path::{Path, PathBuf};
use std::process::Command;
use taipan_syntax::tokenizer::decode_source;

fn stdlib_dir() -> Result<PathBuf, String> {
    if let Some(dir) = std::env::var_os("TAIPAN_STDLIB") {
        return Ok(dir.into());
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tools/refpython.sh");
    let python = Command::new(&script)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", script.display()))?;
    let python = String::from_utf8_lossy(&python.stdout).trim().to_string();
    if python.is_empty() {
        return Err("tools/refpython.sh found no CPython 3.14".into());
    }
    let out = Command::new(&python)
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .map_err(|e| format!("cannot run {python}: {e}"))?;
    Ok(String::from_utf8_lossy(&out.stdout).trim().into())
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "py") {
            files.push(path);
        }
    }
}

/// The decoded sources; files that cannot be read or decoded are left out.
pub fn load_stdlib() -> Result<Vec<String>, String> {
    let dir = stdlib_dir()?;
    let mut files = Vec::new();
    collect(&dir, &mut files);
    files.sort();
    let sources: Vec<String> = files
        .iter()
        .filter_map(|f| std::fs::read(f).ok())
        .filter_map(|bytes| decode_source(&bytes, None).ok())
        .collect();
    if sources.is_empty() {
        return Err(format!("no .py files under {}", dir.display()));
    }
    Ok(sources)
}
