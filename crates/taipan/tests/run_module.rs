//! `taipan -m MODULE`: each case builds a small tree of modules in a
//! fresh directory, runs the binary there and compares its stdout, stderr
//! and exit status with what CPython 3.14's `python3.14 -m` printed for the
//! same tree (recorded by hand from real runs of the reference
//! interpreter; its program name is replaced by Taipan's, and object
//! addresses are left out of the output).

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A directory holding `files` (path, text), removed when dropped.
struct Tree(PathBuf);

impl Tree {
    fn new(files: &[(&str, &str)]) -> Tree {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "taipan-run-module-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        for (path, text) in files {
            let file = dir.join(path);
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(file, text).unwrap();
        }
        // The cwd, as the running program sees it (no symlinks).
        Tree(std::fs::canonicalize(&dir).unwrap())
    }

    /// Runs `taipan ARGS` in the tree: (stdout, stderr, exit status), with
    /// the tree's path written as `DIR` and the binary's as `EXE`.
    fn run(&self, args: &[&str]) -> (String, String, i32) {
        let out = Command::new(env!("CARGO_BIN_EXE_taipan"))
            .args(args)
            .current_dir(&self.0)
            .output()
            .unwrap();
        let exe = std::fs::canonicalize(env!("CARGO_BIN_EXE_taipan")).unwrap();
        let clean = |b: &[u8]| {
            String::from_utf8_lossy(b)
                .replace(&*exe.to_string_lossy(), "EXE")
                .replace(&*self.0.to_string_lossy(), "DIR")
        };
        (
            clean(&out.stdout),
            clean(&out.stderr),
            out.status.code().unwrap_or(-1),
        )
    }
}

impl Drop for Tree {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const SHOW: &str = "import sys\n\
print(__name__, __file__, sys.argv, __package__, __spec__.name, sys.path[0], __loader__.name)\n\
print(sorted(m for m in sys.modules if m.startswith('pkg')))\n";

fn out(stdout: &str) -> (String, String, i32) {
    (stdout.to_string(), String::new(), 0)
}

fn failure(stderr: &str, status: i32) -> (String, String, i32) {
    (String::new(), stderr.to_string(), status)
}

#[test]
fn runs_a_module() {
    let tree = Tree::new(&[("mod.py", SHOW)]);
    assert_eq!(
        tree.run(&["-m", "mod", "a", "-c", "--x"]),
        out("__main__ DIR/mod.py ['DIR/mod.py', 'a', '-c', '--x']  mod DIR mod\n[]\n")
    );
}

#[test]
fn runs_a_package_main() {
    let tree = Tree::new(&[
        ("pkg/__init__.py", "print('init', __name__)\n"),
        ("pkg/__main__.py", SHOW),
        ("pkg/sub/__init__.py", ""),
        ("pkg/sub/__main__.py", SHOW),
        ("pkg/sub/leaf.py", SHOW),
    ]);
    assert_eq!(
        tree.run(&["-m", "pkg", "x"]),
        out("init pkg\n__main__ DIR/pkg/__main__.py ['DIR/pkg/__main__.py', 'x'] pkg pkg.__main__ DIR pkg.__main__\n['pkg']\n")
    );
    assert_eq!(
        tree.run(&["-m", "pkg.__main__"]),
        out("init pkg\n__main__ DIR/pkg/__main__.py ['DIR/pkg/__main__.py'] pkg pkg.__main__ DIR pkg.__main__\n['pkg']\n")
    );
    assert_eq!(
        tree.run(&["-m", "pkg.sub"]),
        out("init pkg\n__main__ DIR/pkg/sub/__main__.py ['DIR/pkg/sub/__main__.py'] pkg.sub pkg.sub.__main__ DIR pkg.sub.__main__\n['pkg', 'pkg.sub']\n")
    );
    assert_eq!(
        tree.run(&["-m", "pkg.sub.leaf"]),
        out("init pkg\n__main__ DIR/pkg/sub/leaf.py ['DIR/pkg/sub/leaf.py'] pkg.sub pkg.sub.leaf DIR pkg.sub.leaf\n['pkg', 'pkg.sub']\n")
    );
}

#[test]
fn package_main_imports_relatively_and_from_the_cwd() {
    let tree = Tree::new(&[
        ("rel/__init__.py", ""),
        ("rel/helper.py", "X = 5\n"),
        (
            "rel/__main__.py",
            "from . import helper\nfrom .helper import X\nimport sibling\n\
             print(helper.X, X, sibling.Y, __cached__)\n",
        ),
        ("sibling.py", "Y = 7\n"),
    ]);
    assert_eq!(
        tree.run(&["-m", "rel"]),
        out("5 5 7 DIR/rel/__pycache__/__main__.cpython-314.pyc\n")
    );
}

#[test]
fn exit_status_and_tracebacks() {
    let tree = Tree::new(&[
        ("exits.py", "raise SystemExit(3)\n"),
        ("says.py", "import sys; sys.exit('bye')\n"),
        ("fails.py", "print('start')\n1/0\n"),
    ]);
    assert_eq!(tree.run(&["-m", "exits"]), failure("", 3));
    assert_eq!(tree.run(&["-m", "says"]), failure("bye\n", 1));
    let (stdout, stderr, status) = tree.run(&["-m", "fails"]);
    assert_eq!((stdout.as_str(), status), ("start\n", 1));
    // CPython's traceback also shows two `<frozen runpy>` frames first.
    assert!(stderr.contains("  File \"DIR/fails.py\", line 2, in <module>\n"));
    assert!(stderr.ends_with("ZeroDivisionError: division by zero\n"));
}

#[test]
fn names_that_cannot_run() {
    let tree = Tree::new(&[
        ("pkg/__init__.py", "print('init')\n"),
        ("pkg/sub/__init__.py", ""),
        ("plain.py", ""),
    ]);
    let cases: &[(&[&str], &str)] = &[
        (&["nosuch"], "EXE: No module named nosuch\n"),
        (&["pkg.nosuch"], "init\nEXE: No module named pkg.nosuch\n"),
        (
            &["pkg"],
            "init\nEXE: No module named pkg.__main__; 'pkg' is a package and cannot be directly executed\n",
        ),
        (
            &["pkg.sub"],
            "init\nEXE: No module named pkg.sub.__main__; 'pkg.sub' is a package and cannot be directly executed\n",
        ),
        (
            &["nosuch.x"],
            "EXE: Error while finding module specification for 'nosuch.x' (ModuleNotFoundError: No module named 'nosuch')\n",
        ),
        (
            &["plain.x"],
            "EXE: Error while finding module specification for 'plain.x' (ModuleNotFoundError: __path__ attribute not found on 'plain' while trying to find 'plain.x')\n",
        ),
        (&["sys"], "EXE: No code object available for sys\n"),
        (&[".plain"], "EXE: Relative module names not supported\n"),
        (&[""], "EXE: No module named \n"),
        (&["pkg."], "init\nEXE: No module named pkg.\n"),
        (
            &["pkg..sub"],
            "init\nEXE: Error while finding module specification for 'pkg..sub' (ModuleNotFoundError: No module named 'pkg.')\n",
        ),
        (&["pkg/sub"], "EXE: No module named pkg/sub\n"),
    ];
    for (args, expected) in cases {
        let mut argv = vec!["-m"];
        argv.extend_from_slice(args);
        // `init` is the package's own output, on stdout.
        let (stdout, stderr, status) = tree.run(&argv);
        assert_eq!(
            (format!("{stdout}{stderr}"), status),
            (expected.to_string(), 1),
            "-m {args:?}"
        );
    }
}

#[test]
fn usage_error_without_a_module() {
    let (stdout, stderr, status) = Tree::new(&[]).run(&["-m"]);
    assert_eq!((stdout.as_str(), status), ("", 2));
    assert!(stderr.starts_with("Argument expected for the -m option\nusage: "));
}
