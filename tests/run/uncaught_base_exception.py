# A BaseException subclass that is not an Exception, uncaught.
class Abort(BaseException):
    pass
print("aborting")
raise Abort("stop everything")
