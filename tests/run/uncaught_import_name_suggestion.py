# ImportError for a misspelled name offers a suggestion.
import sys, os
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_modules"))
from helper_mod import greeet
