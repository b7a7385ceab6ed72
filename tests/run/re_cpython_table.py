# CPython's own table of regular expression cases (Lib/test/re_tests.py):
# every outcome printed, to compare with the reference.
import re, sys
sys.path.insert(0, re.__file__.rsplit('/', 2)[0] + '/test')
from re_tests import tests, SUCCEED, FAIL, SYNTAX_ERROR
out = []
for t in tests:
    pattern, s, outcome = t[:3]
    try:
        obj = re.compile(pattern)
    except re.error as e:
        out.append("E %r" % (pattern,)); continue
    try:
        m = obj.search(s)
    except Exception as e:
        out.append("X %r %s" % (pattern, e)); continue
    if m is None:
        out.append("N %r" % pattern); continue
    if len(t) > 3:
        repl, expected = t[3:5]
        vardict = {'found': m.group(0), 'groups': m.group(), 'flags': m.re.flags}
        for i in range(1, 100):
            try:
                gi = m.group(i); vardict['g%d' % i] = gi if gi is not None else 'None'
            except IndexError:
                vardict['g%d' % i] = 'Error'
        for k, v in m.re.groupindex.items():
            vardict[k] = m.group(k) if m.group(k) is not None else 'None'
        try:
            out.append("M %r %r" % (pattern, eval(repl, vardict)))
        except Exception as e:
            out.append("M %r err %s" % (pattern, type(e).__name__))
    else:
        out.append("M %r %r" % (pattern, m.span()))
print("\n".join(out))
