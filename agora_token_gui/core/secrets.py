"""The one place that knows which keys hold a secret, and how to keep their values out of sight.

A key such as ``app_certificate`` may reach the program under many spellings: ``App_Certificate``
in a CSV header, ``appCertificate`` from JavaScript, ``app_certificat`` as a typo. Every one of
them must be treated as the certificate it probably is: removed from anything echoed or exported
and never quoted in an error. :func:`is_secret_key` decides; :func:`strip_secrets` removes;
:func:`describe_value` renders a value for an error message without quoting a secret.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Final

from .text import msg

#: Words that mark a key as secret wherever they appear in it (after normalising).
_SECRET_WORDS: Final = (
    "cert",  # certificate, certificat, cert, appcert, app_certificate_2 ...
    "secret",  # secret_access_key, customer_secret, client_secret
    "passw",  # password, passwd
    "privatekey",
    "accesskey",
    "signingkey",
    "apikey",
)
#: Words a typo may be near; matched with at most ``budget`` edits on a window of the key.
_NEAR_WORDS: Final = (("certificate", 2), ("secret", 1), ("password", 1))
_SEPARATORS: Final = re.compile(r"[\s_\-.]+")
#: Longest key looked at in full; beyond it only the start is (no quadratic work on junk keys).
_MAX_KEY: Final = 200
#: Longest (normalised) key searched for near-miss typos; longer keys are matched by word only.
_MAX_NEAR: Final = 40
#: The marker an echoed secret is replaced with where a placeholder reads better than a gap.
HIDDEN: Final = "(hidden)"


def normalise_key(name: str) -> str:
    """The key in lower case without ``_ - . space``: ``App-Certificate`` -> ``appcertificate``."""
    return _SEPARATORS.sub("", name[:_MAX_KEY].casefold())


def is_secret_key(name: object) -> bool:
    """Whether a key names a certificate or another secret, in any case, spelling or near-miss typo.

    Non-text keys are never secret names. Normal request keys (``app_id``, ``channel_name``,
    ``services`` ...) are not secret.
    """
    if not isinstance(name, str) or not name:
        return False
    return _is_secret_text(name)


@lru_cache(maxsize=4096)
def _is_secret_text(name: str) -> bool:
    key = normalise_key(name)
    if any(word.replace("_", "") in key for word in _SECRET_WORDS):
        return True
    if len(key) > _MAX_NEAR:
        return False
    return any(_near(key, word, budget) for word, budget in _NEAR_WORDS)


def _near(key: str, word: str, budget: int) -> bool:
    """Whether a window of ``key`` is within ``budget`` edits (transpositions too) of ``word``."""
    n = len(word)
    if len(key) < n - budget:
        return False
    # A window within `budget` edits keeps at least n - budget of the word's letters: a cheap
    # necessary condition that rules out almost every window before its edit distance.
    letters = set(word)
    counts = [0]
    for ch in key:
        counts.append(counts[-1] + (ch in letters))
    if counts[-1] < n - budget:
        return False
    for size in range(n - budget, n + budget + 1):
        for start in range(max(1, len(key) - size + 1)):
            stop = min(start + size, len(key))
            if counts[stop] - counts[start] < n - budget:
                continue
            if _distance(key[start:stop], word, budget) <= budget:
                return True
    return False


def _distance(a: str, b: str, cap: int) -> int:
    """Optimal string alignment distance between ``a`` and ``b``, stopping early above ``cap``."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                best = min(best, previous2[j - 2] + 1)
            current[j] = best
        if min(current) > cap:
            return cap + 1
        previous2, previous = previous, current
    return previous[-1]


def strip_secrets(value: object) -> object:
    """A copy of ``value`` with every secret-named key removed, at any depth of dicts and lists.

    Other values are returned as they are (they are immutable or not containers of keys).
    """
    if isinstance(value, Mapping):
        return {k: strip_secrets(v) for k, v in value.items() if not is_secret_key(k)}
    if isinstance(value, (list, tuple)):
        return [strip_secrets(v) for v in value]
    return value


def secret_keys(value: object) -> list[str]:
    """The secret-named keys of a mapping (top level only), in their original spelling."""
    if not isinstance(value, Mapping):
        return []
    return [k for k in value if is_secret_key(k)]


def describe_value(name: object, value: object, *, limit: int = 40) -> str:
    """``value`` rendered for an error message about field ``name``.

    A secret field's value is never quoted, whatever its type: only its kind is named ("text of
    32 characters", "a list"). Other values are quoted with ``repr``, cut to ``limit`` characters,
    and containers are described by their kind unless short, so no secret nested in them leaks.
    A description in words is a translatable Text (core/text.py); a quoted value is as typed.
    """
    if is_secret_key(name):
        return _kind(value)
    if isinstance(value, (dict, list, tuple)):
        if strip_secrets(value) != (list(value) if isinstance(value, tuple) else value):
            return _kind(value)
        text = repr(value)
        return text if len(text) <= limit else _kind(value)
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 256:
        # repr() refuses past 4,300 digits
        return msg("a number of {bits} bits", bits=f"{value.bit_length():,}")
    text = repr(value)
    if len(text) > limit:
        return msg(
            "{start}…{end} ({kind})", start=text[: limit - 5], end=text[-3:], kind=_kind(value)
        )
    return text


def describe_kind(value: object) -> str:
    """What kind of value this is, in words ("a number", "text of 3 characters"), never it."""
    return _kind(value)


def _kind(value: object) -> str:
    if isinstance(value, str):
        n = len(value)
        if n == 1:
            return msg("text of {count} character", count=f"{n:,}")
        return msg("text of {count} characters", count=f"{n:,}")
    if isinstance(value, bool):
        return msg("a true/false value")
    if isinstance(value, int):
        return msg("a number")
    if isinstance(value, float):
        return msg("a decimal number")
    if value is None:
        return "null"
    if isinstance(value, Mapping):
        n = len(value)
        if n == 1:
            return msg("an object with {count} key", count=f"{n:,}")
        return msg("an object with {count} keys", count=f"{n:,}")
    if isinstance(value, (list, tuple)):
        n = len(value)
        if n == 1:
            return msg("a list of {count} item", count=f"{n:,}")
        return msg("a list of {count} items", count=f"{n:,}")
    return msg("a value of type {type}", type=type(value).__name__)


def secret_values(value: object) -> list[str]:
    """Every scalar held under a secret-named key, at any depth, as text (longest first).

    ``{"App_Certificate": ["5CFd…"]}`` gives ``["5CFd…"]``: what :func:`redact` must cut out of a
    message that might echo the request.
    """
    found: set[str] = set()

    def walk(item: object, secret: bool) -> None:
        if isinstance(item, Mapping):
            for key, inner in item.items():
                walk(inner, secret or is_secret_key(key))
        elif isinstance(item, (list, tuple)):
            for inner in item:
                walk(inner, secret)
        elif secret and item is not None and not isinstance(item, bool):
            text = str(item)
            if len(text) >= _MIN_REDACT:
                found.add(text)

    walk(value, False)
    return sorted(found, key=len, reverse=True)


#: Shorter secret values are not cut out of messages (they would hit ordinary words).
_MIN_REDACT: Final = 6


def redact(text: str, secrets: list[str]) -> str:
    """``text`` with each of ``secrets`` (in any letter case) replaced by :data:`HIDDEN`."""
    for secret in secrets:
        if secret.casefold() in text.casefold():
            text = re.sub(re.escape(secret), HIDDEN, text, flags=re.IGNORECASE)
    return text
