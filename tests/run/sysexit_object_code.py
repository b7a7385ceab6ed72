# SystemExit with a non-int, non-str object prints its str and exits 1.
class Reason:
    def __str__(self):
        return "custom reason object"
raise SystemExit(Reason())
