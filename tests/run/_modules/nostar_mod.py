public = "p"
_underscore = "u"
