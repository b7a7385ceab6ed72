# os.environ (a mapping over posix.environ that calls putenv/unsetenv),
# os.environb, os.getenv and os.putenv/unsetenv.
import os
import posix

print(type(os.environ).__name__, type(posix.environ).__name__)
print(all(type(k) is bytes and type(v) is bytes for k, v in posix.environ.items()))
print(all(type(k) is str and type(v) is str for k, v in os.environ.items()))
print(os.supports_bytes_environ, len(os.environ) == len(os.environb))

name = "TAIPAN_ENV_TEST"
print(name in os.environ, os.environ.get(name), os.getenv(name), os.getenv(name, "dflt"))
os.environ[name] = "one"
print(name in os.environ, os.environ[name], os.getenv(name), os.environb[name.encode()])
os.environ[name] = "two words"
print(os.environ[name], os.environ.setdefault(name, "x"), os.environ.setdefault(name + "2", "y"))
del os.environ[name + "2"]
print(os.environ.pop(name), name in os.environ, os.environ.pop(name, "none"))
try:
    os.environ[name]
except KeyError as e:
    print("KeyError", e)
try:
    del os.environ[name]
except KeyError as e:
    print("KeyError", e)
for key, value in [(name, 1), (1, "x")]:
    try:
        os.environ[key] = value
    except TypeError as e:
        print("TypeError", e)
os.environb[b"TAIPAN_BYTES"] = b"\xff\xfe"
print(os.environb[b"TAIPAN_BYTES"], repr(os.environ["TAIPAN_BYTES"]))
del os.environb[b"TAIPAN_BYTES"]
print("TAIPAN_BYTES" in os.environ)

os.environ.update({name: "u1", name + "B": "u2"})
copy = os.environ.copy()
print(type(copy).__name__, copy[name], copy[name + "B"])
merged = os.environ | {name: "m"}
print(type(merged).__name__, merged[name], os.environ[name])
os.environ |= {name: "ior"}
print(os.environ[name])
del os.environ[name], os.environ[name + "B"]
print(name in os.environ, (name + "B") in os.environ, repr(os.environ)[:8])

# putenv/unsetenv change the process environment but not os.environ.
os.putenv(name, "direct")
print(name in os.environ)
os.unsetenv(name)
for args in [("", "x"), ("A=B", "x"), ("A\0", "x"), (1, "x")]:
    try:
        os.putenv(*args)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    os.unsetenv("A=")
except OSError as e:
    print(type(e).__name__, e)
