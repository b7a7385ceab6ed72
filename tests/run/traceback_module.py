# The traceback module on Taipan: format_exc, print_exc, TracebackException,
# extract_tb, format_exception_only.
import io
import sys
import traceback


def inner(n):
    return 10 // n


def outer():
    return inner(0)


try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE"), end="")
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)
    exc = sys.exception()

te = traceback.TracebackException.from_exception(exc)
print(te.exc_type_str, str(te))
print("".join(te.format_exception_only()), end="")
for fs in traceback.extract_tb(exc.__traceback__):
    print(fs.name, fs.lineno, fs.line)
print(traceback.format_exception_only(ValueError("bad value")))

try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    lines = traceback.format_exception(e)
    print(sum("direct cause" in line for line in lines))
    print(lines[-1], end="")

summary = traceback.StackSummary.from_list([("f.py", 3, "fn", "x = 1")])
print(summary.format(), end="")
print(len(traceback.extract_stack()) >= 1)
