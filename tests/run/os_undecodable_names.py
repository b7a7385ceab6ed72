# Undecodable file names: bytes names come back as str with lone
# surrogates (surrogateescape) and those str names reach the same files.
import os
base = f"/tmp/taipan_os_test_names_{os.getpid()}"
os.mkdir(base)
os.chdir(base)
os.close(os.open(b'bad\xff', os.O_CREAT | os.O_WRONLY))
names = os.listdir('.')
print([ascii(n) for n in names], os.listdir(b'.'))
print(os.stat(names[0]).st_size, [ascii(e.name) for e in os.scandir('.')], ascii(os.fsdecode(os.listdir(b'.')[0])))
os.rename(names[0], 'good\udcfe')
print(os.listdir(b'.'))
try:
    os.stat('x\ud800')
except Exception as e:
    print(type(e).__name__)
os.unlink('good\udcfe')
os.chdir("/")
os.rmdir(base)
print(os.path.exists(base))
