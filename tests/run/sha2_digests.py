# _sha2 (SHA-384/512) digests, and random.seed from str/bytes, which hashes
# the seed with SHA-512.
import _sha2, random
for data in [b"", b"abc", b"x" * 111, b"y" * 112, b"z" * 128, b"q" * 1000]:
    print(_sha2.sha512(data).hexdigest(), _sha2.sha384(data).hexdigest()[:20])
h = _sha2.sha512(b"ab"); c = h.copy(); h.update(b"c"); c.update(bytearray(b"c"))
print(h.digest() == c.digest(), h.name, h.digest_size, h.block_size, _sha2.sha384().name, _sha2.sha384().digest_size)
for bad in ["x", 5]:
    try: _sha2.sha512(bad)
    except TypeError as e: print(e)
for seed in ["abc", b"abc", bytearray(b"xyz"), ""]:
    random.seed(seed); print(random.random())
print(_sha2.sha512(data=b"a").hexdigest()[:8], _sha2.sha512(string=b"a").hexdigest()[:8])
