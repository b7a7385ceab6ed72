//! The `posix` module: the operating system interface under CPython's
//! own `os.py` (files and descriptors, directories, `stat`, the
//! environment, processes), over the C library through the `libc` crate.
//! `DirEntry` and `scandir`'s iterator are Taipan's Python
//! (`dir_entry.py`) over the native listing.

mod args;
mod constants;
mod dirs;
mod environ;
pub(crate) mod error;
mod files;
mod fs;
mod ints;
mod path;
mod process;
mod stat;
mod structseq_new;
mod system;

use std::ffi::c_int;

use taipan_vm::interp::modules::{self, structseq};
use taipan_vm::interp::objects::{native_any_arity, new_module, NativeFn};
use taipan_vm::interp::run_code;
use taipan_vm::types::exceptions::OS_ERROR;
use taipan_vm::types::{dict, int, list, singletons, str as pystr};
use taipan_vm::{PyResult, TypeObject, Value};

pub(crate) use system::random_bytes;

/// Taipan's Python part of the module.
const DIR_ENTRY_SOURCE: &str = include_str!("dir_entry.py");

/// The `dir_fd` argument: None (or absent) is the current directory.
fn dir_fd(v: Option<&Value>) -> PyResult<c_int> {
    match v.filter(|v| !singletons::is_none(v)) {
        None => Ok(libc::AT_FDCWD),
        Some(v) => ints::c_int_arg(v),
    }
}

/// None for a C call's 0 result, else the OSError of `errno` naming
/// `filename`.
fn check(ret: c_int, filename: &Value) -> PyResult<Value> {
    if ret == 0 {
        Ok(singletons::none())
    } else {
        Err(error::last_error(Some(filename)))
    }
}

/// The module's functions by name.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("stat", stat::stat),
    ("lstat", stat::lstat),
    ("fstat", stat::fstat),
    ("statvfs", stat::statvfs),
    ("fstatvfs", stat::fstatvfs),
    ("listdir", dirs::listdir),
    ("_scandir", dirs::scandir_entries),
    ("mkdir", dirs::mkdir),
    ("rmdir", dirs::rmdir),
    ("chdir", dirs::chdir),
    ("getcwd", dirs::getcwd),
    ("getcwdb", dirs::getcwdb),
    ("readlink", dirs::readlink),
    ("unlink", fs::unlink),
    ("remove", fs::remove),
    ("rename", fs::rename),
    ("replace", fs::replace),
    ("link", fs::link),
    ("symlink", fs::symlink),
    ("access", fs::access),
    ("chmod", fs::chmod),
    ("chown", fs::chown),
    ("lchown", fs::lchown),
    ("fchown", fs::fchown),
    ("mkfifo", fs::mkfifo),
    ("mknod", fs::mknod),
    ("major", fs::major),
    ("minor", fs::minor),
    ("makedev", fs::makedev),
    ("umask", fs::umask),
    ("truncate", fs::truncate),
    ("utime", fs::utime),
    ("open", files::open),
    ("close", files::close),
    ("closerange", files::closerange),
    ("read", files::read),
    ("write", files::write),
    ("lseek", files::lseek),
    ("fsync", files::fsync),
    ("fdatasync", files::fdatasync),
    ("fchdir", files::fchdir),
    ("ftruncate", files::ftruncate),
    ("isatty", files::isatty),
    ("device_encoding", files::device_encoding),
    ("dup", files::dup),
    ("dup2", files::dup2),
    ("pipe", files::pipe),
    ("get_inheritable", files::get_inheritable),
    ("set_inheritable", files::set_inheritable),
    ("get_blocking", files::get_blocking),
    ("set_blocking", files::set_blocking),
    ("putenv", environ::putenv),
    ("unsetenv", environ::unsetenv),
    ("getpid", process::getpid),
    ("getppid", process::getppid),
    ("getuid", process::getuid),
    ("geteuid", process::geteuid),
    ("getgid", process::getgid),
    ("getegid", process::getegid),
    ("getpgrp", process::getpgrp),
    ("getgroups", process::getgroups),
    ("getsid", process::getsid),
    ("getpgid", process::getpgid),
    ("setsid", process::setsid),
    ("setpgid", process::setpgid),
    ("killpg", process::killpg),
    ("nice", process::nice),
    ("sched_yield", process::sched_yield),
    ("sync", process::sync),
    ("kill", process::kill),
    ("system", process::system),
    ("execv", process::execv),
    ("execve", process::execve),
    ("_exit", process::exit_now),
    ("abort", process::abort),
    ("wait", process::wait),
    ("waitpid", process::waitpid),
    ("waitstatus_to_exitcode", process::waitstatus_to_exitcode),
    ("WIFEXITED", process::wifexited),
    ("WIFSIGNALED", process::wifsignaled),
    ("WIFSTOPPED", process::wifstopped),
    ("WIFCONTINUED", process::wifcontinued),
    ("WCOREDUMP", process::wcoredump),
    ("WEXITSTATUS", process::wexitstatus),
    ("WTERMSIG", process::wtermsig),
    ("WSTOPSIG", process::wstopsig),
    ("uname", system::uname),
    ("times", system::times),
    ("cpu_count", system::cpu_count),
    ("getloadavg", system::getloadavg),
    ("get_terminal_size", system::get_terminal_size),
    ("urandom", system::urandom),
    ("strerror", system::strerror),
    ("fspath", system::fspath),
];

fn set(d: &Value, name: &str, v: Value) -> PyResult<()> {
    dict::set_item(d, pystr::intern(name), v)
}

pub(crate) fn module() -> PyResult<Value> {
    install_constructors();
    let d = dict::new();
    set(&d, "__name__", pystr::new("posix"))?;
    for &(name, f) in FUNCTIONS {
        set(&d, name, native_any_arity(name, f))?;
    }
    for &(name, value) in constants::CONSTANTS {
        set(&d, name, int::from_i64(value.into()))?;
    }
    let have = constants::HAVE_FUNCTIONS
        .iter()
        .map(|n| pystr::new(n))
        .collect();
    set(&d, "_have_functions", list::new(have))?;
    set(&d, "environ", environ::environ()?)?;
    set(&d, "error", OS_ERROR.as_value())?;
    set(&d, "stat_result", structseq::STAT_RESULT_TYPE.as_value())?;
    set(
        &d,
        "statvfs_result",
        structseq::STATVFS_RESULT_TYPE.as_value(),
    )?;
    set(
        &d,
        "terminal_size",
        structseq::TERMINAL_SIZE_TYPE.as_value(),
    )?;
    set(&d, "uname_result", structseq::UNAME_RESULT_TYPE.as_value())?;
    set(&d, "times_result", structseq::TIMES_RESULT_TYPE.as_value())?;
    let m = new_module("posix", d.clone())?;
    let code = modules::compile_source(DIR_ENTRY_SOURCE.as_bytes(), "<frozen posix>")?;
    run_code(code, &d, None)?;
    Ok(m)
}

/// Gives the struct sequence types their constructors (once).
fn install_constructors() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let types: [(&'static TypeObject, NativeFn, usize); 5] = [
            (&structseq::STAT_RESULT_TYPE, stat::stat_result_new, 3),
            (
                &structseq::STATVFS_RESULT_TYPE,
                structseq_new::statvfs_result_new,
                0,
            ),
            (
                &structseq::TERMINAL_SIZE_TYPE,
                structseq_new::terminal_size_new,
                0,
            ),
            (
                &structseq::UNAME_RESULT_TYPE,
                structseq_new::uname_result_new,
                0,
            ),
            (
                &structseq::TIMES_RESULT_TYPE,
                structseq_new::times_result_new,
                0,
            ),
        ];
        for (ty, new, unnamed) in types {
            structseq_new::install(ty, new, unnamed);
        }
    });
}
