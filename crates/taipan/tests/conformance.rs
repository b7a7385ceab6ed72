//! The conformance suites: every `tests/<suite>/` directory at the workspace
//! root that has a `SUITE` file (format: tests/README.md). Each case
//! `NAME.py` runs as `taipan <mode args> <suite args> NAME.py` in the
//! suite's directory, and its stdout, stderr and exit status are compared
//! with NAME.stdout, NAME.stderr and NAME.rc recorded from CPython 3.14 by
//! tools/record_expected.sh. Every case runs; all failures are reported
//! with a diff, then one `N passed, N failed` line.
//!
//! `TAIPAN_TESTS=text` runs only the cases whose `suite/NAME.py` contains
//! `text`.
//!
//! A suite may list known failures in `tests/<suite>/XFAIL`, one
//! `NAME.py [mode]` per line: such a case failing is counted as a known
//! failure; such a case passing fails the run, so the list only shrinks as
//! the feature is finished. `TAIPAN_WRITE_XFAIL=1` rewrites each suite's
//! list from the failures of this run.
//!
//! The cases import CPython 3.14's pure-Python library: the runner passes
//! the reference interpreter's library directory as `TAIPAN_STDLIB`
//! (unless it is already set), so a run never depends on a library
//! remembered from elsewhere.

use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

const CASE_TIMEOUT: Duration = Duration::from_secs(60);

struct Suite {
    name: String,
    dir: PathBuf,
    args: Vec<String>,
    /// (mode name, extra taipan arguments); one `default` mode when the
    /// SUITE file names none.
    modes: Vec<(String, Vec<String>)>,
}

struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    rc: Option<i32>,
}

fn read_suite(dir: &Path) -> Result<Suite, String> {
    let path = dir.join("SUITE");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut suite = Suite {
        name: dir.file_name().unwrap_or_default().to_string_lossy().into(),
        dir: dir.to_path_buf(),
        args: Vec::new(),
        modes: Vec::new(),
    };
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            return Err(format!(
                "{}: expected `key = value`: {line}",
                path.display()
            ));
        };
        let words = value.split_whitespace().map(String::from).collect();
        match key.trim() {
            "taipan" => suite.args = words,
            "cpython" => {}
            key => match key.strip_prefix("mode.") {
                Some(mode) => suite.modes.push((mode.to_string(), words)),
                None => return Err(format!("{}: unknown key `{key}`", path.display())),
            },
        }
    }
    if suite.modes.is_empty() {
        suite.modes.push(("default".into(), Vec::new()));
    }
    Ok(suite)
}

/// The reference CPython's `Lib` directory (tools/refpython.sh installs
/// the reference on first use), or `None` to leave the search to Taipan.
fn stdlib_dir() -> Option<&'static str> {
    static DIR: OnceLock<Option<String>> = OnceLock::new();
    DIR.get_or_init(|| {
        if let Some(dir) = std::env::var_os("TAIPAN_STDLIB") {
            return Some(dir.to_string_lossy().into_owned());
        }
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let run = |cmd: &mut Command| {
            let out = cmd.output().ok().filter(|o| o.status.success())?;
            Some(String::from_utf8_lossy(&out.stdout).trim().to_string())
        };
        let python = run(Command::new(root.join("tools/refpython.sh")).stderr(Stdio::inherit()))?;
        run(Command::new(python).args([
            "-c",
            "import sysconfig; print(sysconfig.get_path('stdlib'))",
        ]))
    })
    .as_deref()
}

fn run_case(suite: &Suite, mode_args: &[String], case: &str) -> Result<Outcome, String> {
    let mut command = Command::new(env!("CARGO_BIN_EXE_taipan"));
    if let Some(dir) = stdlib_dir() {
        command.env("TAIPAN_STDLIB", dir);
    }
    let mut child = command
        .args(mode_args)
        .args(&suite.args)
        .arg(case)
        .current_dir(&suite.dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start taipan: {e}"))?;
    // Both pipes are drained on threads so that a chatty child cannot block.
    let mut out_pipe = child.stdout.take().ok_or("no stdout pipe")?;
    let mut err_pipe = child.stderr.take().ok_or("no stderr pipe")?;
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if start.elapsed() > CASE_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {}s", CASE_TIMEOUT.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let prefix = format!("{}/", suite.dir.display());
    Ok(Outcome {
        stdout: strip(&out_reader.join().unwrap_or_default(), prefix.as_bytes()),
        stderr: strip(&err_reader.join().unwrap_or_default(), prefix.as_bytes()),
        rc: status.code(),
    })
}

/// Removes every occurrence of `prefix` (the suite directory, which CPython
/// prints as part of absolute paths).
fn strip(data: &[u8], prefix: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if data[i..].starts_with(prefix) {
            i += prefix.len();
        } else {
            out.push(data[i]);
            i += 1;
        }
    }
    out
}

/// The failures of one case as a report, or None when it passes.
fn check_case(suite: &Suite, mode_args: &[String], case: &str) -> Option<String> {
    let stem = suite.dir.join(case.trim_end_matches(".py"));
    let Ok(want_stdout) = std::fs::read(stem.with_extension("stdout")) else {
        return Some("no recorded .stdout: run tools/record_expected.sh\n".into());
    };
    let want_stderr = std::fs::read(stem.with_extension("stderr")).unwrap_or_default();
    let want_rc = match std::fs::read_to_string(stem.with_extension("rc")) {
        Ok(text) => text.trim().parse().ok(),
        Err(_) => Some(0),
    };
    let got = match run_case(suite, mode_args, case) {
        Ok(got) => got,
        Err(e) => return Some(format!("{e}\n")),
    };
    let mut report = String::new();
    if got.rc != want_rc {
        let _ = writeln!(
            report,
            "exit status: expected {want_rc:?}, got {:?}",
            got.rc
        );
    }
    for (stream, want, got) in [
        ("stdout", &want_stdout, &got.stdout),
        ("stderr", &want_stderr, &got.stderr),
    ] {
        if want != got {
            let _ = writeln!(report, "{stream} differs (-expected +taipan):");
            report.push_str(&diff(
                &String::from_utf8_lossy(want),
                &String::from_utf8_lossy(got),
            ));
        }
    }
    (!report.is_empty()).then_some(report)
}

/// A line diff (`-` expected, `+` actual) of the differing lines; long lines
/// are shown around their first difference from their counterpart.
fn diff(want: &str, got: &str) -> String {
    let a: Vec<&str> = want.lines().collect();
    let b: Vec<&str> = got.lines().collect();
    let mut out = String::new();
    // Longest common subsequence table, from the ends.
    if a.len().saturating_mul(b.len()) > 4_000_000 {
        let _ = writeln!(
            out,
            "  (outputs too long to diff: {} vs {} lines)",
            a.len(),
            b.len()
        );
        return out;
    }
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut removed: Vec<&str> = Vec::new();
    let mut added: Vec<&str> = Vec::new();
    let flush = |removed: &mut Vec<&str>, added: &mut Vec<&str>, out: &mut String| {
        for (k, line) in removed.iter().enumerate() {
            out.push_str(&show_line('-', line, added.get(k).copied()));
        }
        for (k, line) in added.iter().enumerate() {
            out.push_str(&show_line('+', line, removed.get(k).copied()));
        }
        removed.clear();
        added.clear();
    };
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            flush(&mut removed, &mut added, &mut out);
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            added.push(b[j]);
            j += 1;
        } else {
            removed.push(a[i]);
            i += 1;
        }
    }
    flush(&mut removed, &mut added, &mut out);
    if out.is_empty() {
        out.push_str("  (the outputs differ only in line endings)\n");
    }
    out
}

fn show_line(sign: char, line: &str, other: Option<&str>) -> String {
    const WIDTH: usize = 160;
    let chars: Vec<char> = line.chars().collect();
    if chars.len() <= WIDTH {
        return format!("{sign}{line}\n");
    }
    let first_diff = other.map_or(0, |other| {
        chars
            .iter()
            .zip(other.chars())
            .take_while(|(a, b)| **a == *b)
            .count()
    });
    let start = first_diff.saturating_sub(WIDTH / 2);
    let end = (start + WIDTH).min(chars.len());
    let window: String = chars[start..end].iter().collect();
    format!("{sign}[char {start}..{end} of {}] {window}\n", chars.len())
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The known failures of a suite: `NAME.py mode` keys.
fn read_xfail(dir: &Path) -> std::collections::BTreeSet<String> {
    std::fs::read_to_string(dir.join("XFAIL"))
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(String::from)
        .collect()
}

fn write_xfail(dir: &Path, failing: &[String]) {
    let path = dir.join("XFAIL");
    if failing.is_empty() {
        let _ = std::fs::remove_file(path);
        return;
    }
    let mut text = String::from(
        "# Known failures (tests/README.md): NAME.py mode. Regenerate with\n\
         # TAIPAN_WRITE_XFAIL=1 cargo test --release -p taipan --test conformance\n",
    );
    for key in failing {
        text.push_str(key);
        text.push('\n');
    }
    std::fs::write(path, text).expect("write XFAIL");
}

#[test]
fn conformance_suites() {
    let tests = workspace_root().join("tests");
    let filter = std::env::var("TAIPAN_TESTS").unwrap_or_default();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&tests)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    dirs.sort();
    let write_xfail_lists = std::env::var_os("TAIPAN_WRITE_XFAIL").is_some();
    let (mut passed, mut failed, mut known) = (0usize, 0usize, 0usize);
    let mut failures = String::new();
    for dir in dirs.iter().filter(|d| d.join("SUITE").is_file()) {
        // CPython prints the canonical directory in absolute paths.
        let dir = dir.canonicalize().unwrap_or_else(|_| dir.clone());
        let suite = match read_suite(&dir) {
            Ok(suite) => suite,
            Err(e) => {
                failed += 1;
                let _ = writeln!(failures, "SUITE error: {e}");
                continue;
            }
        };
        let mut cases: Vec<String> = std::fs::read_dir(&dir)
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|name| name.ends_with(".py"))
                    .collect()
            })
            .unwrap_or_default();
        cases.sort();
        let xfail = read_xfail(&dir);
        let mut failing = Vec::new();
        let (suite_passed, suite_failed, suite_known) = (passed, failed, known);
        for case in cases
            .iter()
            .filter(|c| format!("{}/{c}", suite.name).contains(&filter))
        {
            for (mode, mode_args) in &suite.modes {
                let key = format!("{case} {mode}");
                let expected_to_fail = xfail.contains(&key) && !write_xfail_lists;
                match (check_case(&suite, mode_args, case), expected_to_fail) {
                    (None, false) => passed += 1,
                    (None, true) => {
                        failed += 1;
                        let _ = writeln!(
                            failures,
                            "XPASS {}/{case} [{mode}]: passes now; remove it from XFAIL\n",
                            suite.name
                        );
                    }
                    (Some(_), true) => known += 1,
                    (Some(report), false) => {
                        failed += 1;
                        failing.push(key);
                        let _ = writeln!(failures, "FAIL {}/{case} [{mode}]\n{report}", suite.name);
                    }
                }
            }
        }
        if write_xfail_lists && filter.is_empty() {
            write_xfail(&dir, &failing);
        }
        println!(
            "{}: {} passed, {} failed, {} known failures",
            suite.name,
            passed - suite_passed,
            failed - suite_failed,
            known - suite_known
        );
    }
    print!("{failures}");
    println!("known failures (XFAIL lists): {known}");
    println!("conformance: {passed} passed, {failed} failed");
    if failed > 0 {
        panic!("{failed} conformance case(s) failed");
    }
}

#[test]
fn diff_reports_only_changed_lines() {
    assert_eq!(diff("a\nb\nc\n", "a\nB\nc\n"), "-b\n+B\n");
    assert_eq!(diff("a\n", "a\nextra\n"), "+extra\n");
    let long_want = format!("{}x{}", "=".repeat(200), "-".repeat(200));
    let long_got = format!("{}y{}", "=".repeat(200), "-".repeat(200));
    let shown = diff(&long_want, &long_got);
    assert!(shown.starts_with("-[char 120..280 of 401] "), "{shown}");
    assert!(shown.contains("\n+[char 120..280 of 401] "), "{shown}");
}

#[test]
fn suite_file_format() {
    let dir = std::env::temp_dir().join(format!("taipan-suite-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("SUITE"),
        "# comment\ntaipan = --dump-ast\ncpython = {root}/tools/ref_dump_ast.py\nmode.jit = -X jit\n",
    )
    .unwrap();
    let suite = read_suite(&dir).unwrap();
    assert_eq!(suite.args, ["--dump-ast"]);
    assert_eq!(
        suite.modes,
        [("jit".to_string(), vec!["-X".to_string(), "jit".to_string()])]
    );
    std::fs::write(dir.join("SUITE"), "bogus line\n").unwrap();
    assert!(read_suite(&dir).is_err());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn suite_directory_is_stripped() {
    assert_eq!(strip(b"File \"/d/x.py\", /d/", b"/d/"), b"File \"x.py\", ");
}
