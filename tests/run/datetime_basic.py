# datetime (CPython's pure-Python _pydatetime on top of time): arithmetic,
# comparisons, formatting and parsing of fixed values.
import datetime as dt

d = dt.date(2024, 2, 28)
print(d, repr(d), d + dt.timedelta(days=2), d.weekday(), d.isoweekday(), tuple(d.isocalendar()))
print(d.toordinal(), dt.date.fromordinal(738000), d.replace(day=1), d.timetuple()[:9])
print(dt.date(2024, 3, 1) - d, dt.date.fromisoformat("2023-12-31"), d.strftime("%A %d %B %Y"))
t = dt.datetime(2024, 3, 9, 14, 5, 7, 123456)
print(t, repr(t), t.isoformat(), t.isoformat(sep=" ", timespec="seconds"))
print(t + dt.timedelta(hours=12, minutes=30), t - dt.datetime(2000, 1, 1))
print(t.strftime("%Y-%m-%d %H:%M:%S.%f %j %a"), t.date(), t.time(), t.ctime())
print(dt.datetime.fromisoformat("2024-03-09T14:05:07+02:00"))
td = dt.timedelta(days=1, seconds=3661, microseconds=5)
print(td, repr(td), td.total_seconds(), td * 3, td / 2, -td, abs(-td), td // dt.timedelta(hours=1))
print(dt.timedelta(weeks=2) > dt.timedelta(days=13), dt.timedelta(0) == dt.timedelta())
utc = dt.timezone.utc
aware = dt.datetime(2024, 1, 1, 12, tzinfo=utc)
plus2 = dt.timezone(dt.timedelta(hours=2), "EET")
print(aware, aware.astimezone(plus2), aware.timestamp(), aware.tzname(), plus2)
print(dt.datetime.fromtimestamp(0, utc), dt.datetime.fromtimestamp(1234567890.5, utc))
print(aware == aware.astimezone(plus2), aware.utcoffset(), aware.timetuple()[:6])
print(dt.time(1, 2, 3, 400), dt.time(23, 59).isoformat(timespec="minutes"), dt.MINYEAR, dt.MAXYEAR)
print(sorted([dt.date(2020, 5, 1), dt.date(2019, 1, 1), dt.date(2021, 1, 1)]))
print(hash(dt.date(2024, 1, 1)) == hash(dt.date(2024, 1, 1)))
now = dt.datetime.now()
print(type(now).__name__, now.year >= 2024, type(dt.date.today()).__name__)
for bad in [lambda: dt.date(2023, 2, 29), lambda: dt.timedelta(days=10**10), lambda: dt.date(2024, 1, 1) + 1]:
    try:
        bad()
    except Exception as e:
        # (the C and pure-Python datetimes word some messages differently)
        print(type(e).__name__)
