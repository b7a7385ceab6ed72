//! Where the pure-Python standard library comes from: an installed
//! CPython 3.14's `Lib` directory (DESIGN.md §6), found once and
//! remembered.
//!
//! Order: `$TAIPAN_STDLIB` (taken as given); the directory remembered in
//! `$XDG_CACHE_HOME/taipan/stdlib` (or `~/.cache/taipan/stdlib`) if it
//! still holds `os.py`; then the library beside each `python3.14` on
//! `PATH` and the usual install prefixes. A directory found by searching
//! is remembered for the next start.

use std::path::{Path, PathBuf};

/// The environment variable that names the library directory.
pub const STDLIB_ENV: &str = "TAIPAN_STDLIB";

/// The standard library directory, if one can be found.
pub fn stdlib_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(STDLIB_ENV).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    let memo = memo_file();
    if let Some(dir) = memo
        .as_ref()
        .and_then(|m| std::fs::read_to_string(m).ok())
        .map(|s| PathBuf::from(s.trim_end()))
        .filter(|d| is_stdlib(d))
    {
        return Some(dir);
    }
    let found = search()?;
    if let Some(memo) = memo {
        // Remembering is an optimisation: a read-only home is no error.
        let _ = memo
            .parent()
            .map(std::fs::create_dir_all)
            .and_then(|_| std::fs::write(&memo, found.to_string_lossy().as_bytes()).ok());
    }
    Some(found)
}

fn is_stdlib(dir: &Path) -> bool {
    dir.join("os.py").is_file() && dir.join("_collections_abc.py").is_file()
}

fn memo_file() -> Option<PathBuf> {
    let cache = std::env::var_os("XDG_CACHE_HOME")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(cache.join("taipan").join("stdlib"))
}

/// `PREFIX/lib/python3.14` for every `python3.14` on `PATH` (symlinks
/// followed), then the common install prefixes.
fn search() -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let from_path = std::env::split_paths(&path)
        .map(|d| d.join("python3.14"))
        .filter(|exe| exe.is_file())
        .filter_map(|exe| std::fs::canonicalize(exe).ok())
        .filter_map(|exe| Some(exe.parent()?.parent()?.join("lib/python3.14")));
    let prefixes = ["/usr/local", "/usr", "/opt/homebrew"]
        .into_iter()
        .map(|p| Path::new(p).join("lib/python3.14"));
    from_path.chain(prefixes).find(|d| is_stdlib(d))
}
