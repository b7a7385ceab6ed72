# OSError constructor maps errno values to subclasses.
import errno
for code in ("EAGAIN", "EALREADY", "EWOULDBLOCK", "EINPROGRESS", "ECHILD", "EPIPE", "ESHUTDOWN", "ECONNABORTED",
             "ECONNREFUSED", "ECONNRESET", "EEXIST", "ENOENT", "EISDIR", "ENOTDIR", "EINTR", "EACCES", "EPERM",
             "ESRCH", "ETIMEDOUT", "EINVAL"):
    num = getattr(errno, code)
    e = OSError(num, "message")
    print(code, type(e).__name__, isinstance(e, OSError), e.strerror)
print(type(OSError("no errno")).__name__, type(OSError(2)).__name__, OSError(2).args)
print(issubclass(FileNotFoundError, OSError), FileNotFoundError(2, "x").errno)
