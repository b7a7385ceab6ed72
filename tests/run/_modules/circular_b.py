print("circular_b start")
import circular_a
B_VALUE = "b"
print("circular_b end, a has A_VALUE:", hasattr(circular_a, "A_VALUE"))
