# __name__ == "__main__" in the script; sys.modules["__main__"] is this module.
import sys
def main():
    print("main() running in", __name__)
    return 0
if __name__ == "__main__":
    print(sys.modules["__main__"].main is main)
    main()
print(__spec__ is None, __loader__ is not None, __builtins__.__name__ if hasattr(__builtins__, "__name__") else type(__builtins__).__name__)
