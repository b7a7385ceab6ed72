# traceback formats exceptions with source lines read through linecache
# and tokenize (which detect the source encoding with the codecs).
import sys
import traceback


def fail(n):
    return 1 / n


try:
    fail(0)
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text.splitlines()[0], "|", text.splitlines()[-1])
    print(len(traceback.extract_tb(sys.exc_info()[2])))
print(traceback.format_exception_only(ValueError("bad value")))
