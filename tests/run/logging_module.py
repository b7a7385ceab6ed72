# logging on Taipan, to a StringIO handler (no timestamps in the output).
import io
import logging

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
log = logging.getLogger("app")
log.addHandler(handler)
log.setLevel(logging.INFO)
log.propagate = False

log.debug("hidden")
log.info("started %d workers", 3)
log.warning("disk at %s%%", 91)
child = logging.getLogger("app.db")
child.error("query failed: %r", "SELECT 1")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("boom")
print(stream.getvalue().replace(__file__, "FILE"), end="")
print(logging.getLevelName(logging.WARNING), logging.getLevelName(25))
print(child.getEffectiveLevel(), child.parent is log, log.isEnabledFor(logging.DEBUG))


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append((record.levelname, record.getMessage()))


lh = ListHandler()
other = logging.getLogger("other")
other.addHandler(lh)
other.warning("w %s", 1)
other.info("not shown: root level is WARNING")
print(lh.records)
adapter = logging.LoggerAdapter(log, {"user": "ann"})
adapter.info("via adapter")
print(stream.getvalue().splitlines()[-1])
