"""HMAC, MD5 and constant-time comparison, with OpenSSL loaded on first use.

Importing ``hashlib``/``hmac`` loads OpenSSL: about 4 MiB of memory and a few milliseconds. The
desktop app shows its window and forms without them and loads them with the first token it
builds or verifies. Callers use ``crypto.hmac_digest(...)`` (a module attribute, not a
``from`` import), so after the first call they reach the C function directly.
"""

from __future__ import annotations

from collections.abc import Callable

HmacDigest = Callable[[bytes, bytes, str], bytes]
CompareDigest = Callable[[bytes, bytes], bool]


def _load() -> None:
    global hmac_digest, compare_digest
    import hmac

    try:  # the C function behind hmac.digest, without its Python wrapper (about 0.2 us a call)
        import _hashlib
    except ImportError:  # pragma: no cover - a Python without OpenSSL (or a trimmed bundle)
        hmac_digest = hmac.digest
    else:
        hmac_digest = _hashlib.hmac_digest
    compare_digest = hmac.compare_digest


def _first_hmac_digest(key: bytes, msg: bytes, digest: str) -> bytes:
    _load()
    return hmac_digest(key, msg, digest)


def _first_compare_digest(a: bytes, b: bytes) -> bool:
    _load()
    return compare_digest(a, b)


hmac_digest: HmacDigest = _first_hmac_digest
compare_digest: CompareDigest = _first_compare_digest


def md5_hex(text: str) -> str:
    """Lowercase hex MD5 of the UTF-8 text (signaling tokens, Education/APaaS Chat ids)."""
    import hashlib

    return hashlib.md5(text.encode("utf-8"), usedforsecurity=False).hexdigest()
