# Pattern/Match construction, read-only attributes, type errors of replacements.
import re
for f in (lambda: re.sub('a', b'x', 'a'), lambda: re.sub(b'a', 'x', b'a'), lambda: re.sub('a', lambda m: 1, 'a'),
          lambda: re.Pattern(), lambda: re.compile('a').pattern.__class__, lambda: setattr(re.compile('a'), 'flags', 1),
          lambda: re.match('(a)', 'a').group(True), lambda: re.compile('(?P<a>x)').groupindex.__class__,
          lambda: re.template, lambda: re.compile('a').match(string='a'), lambda: re.compile('a').search('ba', pos=1, endpos=2),
          lambda: re.compile(r'\s+').split(' a  b ', maxsplit=1), lambda: re.sub('(b)?a', r'[\1]', 'a'),
          lambda: re.match('(?:(a)|b)*', 'ab').groups(), lambda: re.match(r'(a)|(b)', 'b').lastindex,
          lambda: re.match('x', 'x').regs, lambda: re.compile('a').__repr__(), lambda: re.compile(r'(?u)\w', re.A)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
