def f(a, b):
    return 'x=%s y=%r z=%a' % (a, b, a), '%d%%' % (a,), '%s' % a
