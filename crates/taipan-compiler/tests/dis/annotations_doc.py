

"doc"
import os
x: int
