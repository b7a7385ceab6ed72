print("circular_a start")
import circular_b
A_VALUE = "a"
print("circular_a end, b sees", circular_b.B_VALUE)
