"""Interactive Whiteboard (Netless) SDK, Room and Task tokens (more-formats.md §W).

``PREFIX + base64url(query)``; the query holds ``ak``, ``nonce``, ``role``, ``uuid`` (room/task),
``expireAt`` (ms, absent = never expires) and ``sig``, the HMAC-SHA256 under the Secret Access Key
of a compact JSON object of the other fields. Standard library only.

The canonical form is what npm ``netless-token`` 1.0.2 writes: keys sorted, values percent-encoded
as ``encodeURIComponent`` does, the signed JSON written as ``JSON.stringify`` writes it. Tokens
from the other reference languages differ in the query layout and sometimes in the signed JSON;
:func:`decode` accepts all of them and :func:`verify` says which signed-JSON form matched.
"""

from __future__ import annotations

import binascii
import re
import time
import urllib.parse
import uuid as uuid_module
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import ClassVar, Final

from . import crypto
from .errors import InvalidInputError, MalformedTokenError
from .secrets import describe_kind
from .text import msg

FORMAT: Final = "whiteboard"
PREFIXES: Final[Mapping[str, str]] = {
    "sdk": "NETLESSSDK_",
    "room": "NETLESSROOM_",
    "task": "NETLESSTASK_",
}
BUILDER_OF_PREFIX: Final[Mapping[str, str]] = {p: b for b, p in PREFIXES.items()}
BUILDER_TITLES: Final[Mapping[str, str]] = {"sdk": "SDK", "room": msg("Room"), "task": msg("Task")}
ROLE_NAMES: Final[Mapping[str, str]] = {"0": "admin", "1": "writer", "2": "reader"}
ROLE_OF_NAME: Final[Mapping[str, str]] = {n: r for r, n in ROLE_NAMES.items()}
# JavaScript prints integers exactly up to 2^53 - 1 (more-formats.md §W3.4).
MAX_SAFE_INTEGER: Final = 9_007_199_254_740_991
# A lifespan below this many milliseconds was most likely meant in seconds.
SECONDS_LOOKALIKE_MS: Final = 1000
# The signed-JSON forms of §W5, in the order a verifier tries them.
SIGNED_JSON_FORMS: Final = ("node", "python_ascii", "php", "raw")

_URIC_SAFE: Final = "-_.!~*'()"  # with A-Z a-z 0-9: what encodeURIComponent keeps
_B64URL_CHARS: Final = re.compile(r"[A-Za-z0-9_\-]*\Z")
_B64_ANY: Final = re.compile(r"[A-Za-z0-9_\-+/]*=*\Z")
_BAD_PERCENT: Final = re.compile(r"%(?![0-9A-Fa-f]{2})")
_HEX32: Final = re.compile(r"[0-9a-f]{32}\Z")
# The names of request fields in messages (made once, translatable).
_AK: Final = msg("The Access Key (AK)")
_SK: Final = msg("The Secret Access Key (SK)")
_LIFESPAN: Final = msg("The lifespan")
_NONCE: Final = msg("The nonce")
_NOW_MS: Final = msg("The time (now_ms)")
_ROOM_UUID: Final = msg("Room UUID")
_TASK_UUID: Final = msg("Task UUID")
_THE_ROOM_UUID: Final = msg("The Room UUID")
_THE_TASK_UUID: Final = msg("The Task UUID")


def _past_safe() -> str:
    return msg(
        "The time plus the lifespan passes what JavaScript prints exactly ({limit} ms).",
        limit=MAX_SAFE_INTEGER,
    )


_SIG: Final = re.compile(r"[0-9a-fA-F]{64}\Z")
_DIGITS: Final = re.compile(r"[0-9]{1,16}\Z")
# JSON.stringify: the two-character escapes, every other control character as \u00XX (lowercase).
_NODE_ESCAPES: Final[dict[int, str]] = {c: f"\\u{c:04x}" for c in range(0x20)} | {
    0x08: "\\b",
    0x0C: "\\f",
    0x0A: "\\n",
    0x0D: "\\r",
    0x09: "\\t",
    0x22: '\\"',
    0x5C: "\\\\",
}
_NON_ASCII: Final = re.compile("[\u007f-\U0010ffff]")
_PHP_NON_ASCII: Final = re.compile("[\u0080-\U0010ffff]")


# --- the two text encodings the signature depends on (§W3.2, §W3.3) ----------------------------


def _utf16_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # astral: a surrogate pair, as UTF-16 stores it
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def jsonstr(text: str, form: str = "node") -> str:
    """``text`` as a JSON string literal, written the way the producer ``form`` writes it."""
    if form == "raw":  # Go and Java: plain concatenation, no escaping at all
        return f'"{text}"'
    escaped = text.translate(_NODE_ESCAPES)
    if form == "python_ascii":
        escaped = _NON_ASCII.sub(_utf16_escape, escaped)
    elif form == "php":
        escaped = _PHP_NON_ASCII.sub(_utf16_escape, escaped).replace("/", "\\/")
    return f'"{escaped}"'


def signed_json(fields: Mapping[str, str], form: str = "node") -> str:
    """The text whose HMAC is ``sig``: every field but ``sig``, keys in ascending order."""
    return (
        "{"
        + ",".join(
            jsonstr(key, form) + ":" + jsonstr(fields[key], form)
            for key in sorted(fields)
            if key != "sig"
        )
        + "}"
    )


def uric(text: str) -> str:
    """``encodeURIComponent``: UTF-8 bytes as %XX, uppercase, but A-Z a-z 0-9 - _ . ! ~ * ' ( )."""
    return urllib.parse.quote(text, safe=_URIC_SAFE, encoding="utf-8", errors="strict")


def _signature(secret_access_key: str, text: str) -> str:
    digest = crypto.hmac_digest(secret_access_key.encode("utf-8"), text.encode("utf-8"), "sha256")
    return digest.hex()


def _b64url(data: bytes) -> str:
    return (
        binascii.b2a_base64(data, newline=False).decode("ascii").rstrip("=").translate(_TO_URLSAFE)
    )


_TO_URLSAFE: Final = str.maketrans("+/", "-_")
_FROM_URLSAFE: Final = str.maketrans("-_", "+/")


# --- building (§W3, §W7) ------------------------------------------------------------------------


def _require_text(value: object, name: str, label: str, *, allow_empty: bool = False) -> str:
    if not isinstance(value, str):
        raise InvalidInputError(
            msg("{label} must be text, not {type}.", label=label, type=describe_kind(value)), name
        )
    if not value and not allow_empty:
        raise InvalidInputError(msg("{label} must not be empty.", label=label), name)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidInputError(
            msg(
                "{label} has a character that is not valid Unicode at position {position} (a "
                "lone surrogate); the reference builders refuse it too.",
                label=label,
                position=exc.start,
            ),
            name,
        ) from exc
    return value


def parse_role(value: object) -> str:
    """0/1/2, "0"/"1"/"2" or admin/writer/reader -> the role text stored in the token."""
    if isinstance(value, bool):
        pass  # True is not a role, even though Python counts it as 1
    elif isinstance(value, int) and str(value) in ROLE_NAMES:
        return str(value)
    elif isinstance(value, str):
        text = value.strip().lower()
        if text in ROLE_NAMES:
            return text
        if text in ROLE_OF_NAME:
            return ROLE_OF_NAME[text]
    raise InvalidInputError(
        msg(
            "The whiteboard role must be 0 (admin), 1 (writer) or 2 (reader), not {value}.",
            value=repr(value),
        ),
        "role",
    )


def parse_builder(value: object) -> str:
    if isinstance(value, str) and value in PREFIXES:
        return value
    raise InvalidInputError(
        msg("The whiteboard builder must be sdk, room or task, not {value}.", value=repr(value)),
        "builder",
    )


@dataclass(frozen=True, slots=True)
class WhiteboardRequest:
    """A checked build request (more-formats.md §R); ``warnings`` are §W7's soft rules."""

    builder: str
    access_key: str
    secret_access_key: str = field(repr=False)
    role: str
    lifespan: int
    uuid: str | None
    nonce: str | None = None
    now_ms: int | None = None
    warnings: tuple[tuple[str, str], ...] = ()  # (field, message)


def _whole_ms(value: object, name: str, label: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        else:
            raise InvalidInputError(
                msg(
                    "{label} must be a whole number of milliseconds, not {value}; the reference "
                    "would print a fraction into the token.",
                    label=label,
                    value=repr(value),
                ),
                name,
            )
    if value < 0:
        raise InvalidInputError(
            msg(
                "{label} must not be negative ({value}); use 0 for a token that never expires.",
                label=label,
                value=value,
            ),
            name,
        )
    if value > MAX_SAFE_INTEGER:
        raise InvalidInputError(
            msg(
                "{label} is {value}, more than JavaScript can print exactly ({limit}).",
                label=label,
                value=value,
                limit=MAX_SAFE_INTEGER,
            ),
            name,
        )
    return value


def check_request(
    builder: object,
    access_key: object,
    secret_access_key: object,
    role: object,
    lifespan: object,
    uuid: object = None,
    *,
    nonce: object = None,
    now_ms: object = None,
) -> WhiteboardRequest:
    """Apply §W7: hard errors raise :class:`InvalidInputError` naming the field; warnings kept."""
    kind = parse_builder(builder)
    ak = _require_text(access_key, "access_key", _AK)
    sk = _require_text(secret_access_key, "secret_access_key", _SK)
    role_text = parse_role(role)
    span = _whole_ms(lifespan, "lifespan", _LIFESPAN)
    warnings: list[tuple[str, str]] = []
    room_id: str | None = None
    if kind == "sdk":
        if uuid is not None:
            raise InvalidInputError(
                msg("An SDK token is not bound to a room or task; leave out the uuid."), "uuid"
            )
    else:
        what, the_what = (
            (_ROOM_UUID, _THE_ROOM_UUID) if kind == "room" else (_TASK_UUID, _THE_TASK_UUID)
        )
        if uuid is None:
            raise InvalidInputError(
                msg("A {kind} token needs the {what} (uuid).", kind=kind, what=what), "uuid"
            )
        room_id = _require_text(uuid, "uuid", the_what)
        if not _HEX32.match(room_id):
            warnings.append(
                (
                    "uuid",
                    msg(
                        "The {what} is not 32 lowercase hex digits, as Agora's UUIDs are.",
                        what=what,
                    ),
                )
            )
    nonce_text = None
    if nonce is not None:
        nonce_text = _require_text(nonce, "nonce", _NONCE, allow_empty=True)
        if not nonce_text:
            warnings.append(("nonce", msg("The nonce is empty; the references draw a fresh UUID.")))
    pinned_now = None if now_ms is None else _whole_ms(now_ms, "now_ms", _NOW_MS)
    if span == 0:
        warnings.append(
            (
                "lifespan",
                msg("A lifespan of 0 makes a token that never expires; Agora advises against it."),
            )
        )
    elif span < SECONDS_LOOKALIKE_MS:
        warnings.append(
            (
                "lifespan",
                msg(
                    "The lifespan is {span} ms (under a second); whiteboard lifespans are in "
                    "milliseconds, not seconds.",
                    span=span,
                ),
            )
        )
    if pinned_now is not None and pinned_now + span > MAX_SAFE_INTEGER:
        raise InvalidInputError(_past_safe(), "lifespan")
    return WhiteboardRequest(
        kind, ak, sk, role_text, span, room_id, nonce_text, pinned_now, tuple(warnings)
    )


def new_nonce() -> str:
    """A fresh time-based (v1) UUID, as the npm, python and Ruby references draw it."""
    return str(uuid_module.uuid1())


def now_milliseconds() -> int:
    return time.time_ns() // 1_000_000


def token_fields(request: WhiteboardRequest, nonce: str, now_ms: int) -> dict[str, str]:
    """The fields of §W3 step 1 (without ``sig``)."""
    fields = {"ak": request.access_key, "nonce": nonce, "role": request.role}
    if request.uuid is not None:
        fields["uuid"] = request.uuid
    if request.lifespan > 0:
        expire = now_ms + request.lifespan
        if expire > MAX_SAFE_INTEGER:
            raise InvalidInputError(
                _past_safe(),
                "lifespan",
            )
        fields["expireAt"] = str(expire)
    return fields


def encode(
    request: WhiteboardRequest,
    *,
    nonce: Callable[[], str] = new_nonce,
    clock_ms: Callable[[], int] = now_milliseconds,
) -> str:
    """The canonical token (§W3); the request's pins win over ``nonce`` and ``clock_ms``."""
    fields = token_fields(
        request,
        request.nonce if request.nonce is not None else nonce(),
        request.now_ms if request.now_ms is not None else clock_ms(),
    )
    fields["sig"] = _signature(request.secret_access_key, signed_json(fields))
    query = "&".join(f"{uric(k)}={uric(fields[k])}" for k in sorted(fields))
    return PREFIXES[request.builder] + _b64url(query.encode("utf-8"))


def build(
    builder: str,
    access_key: str,
    secret_access_key: str,
    role: int | str,
    lifespan: int,
    uuid: str | None = None,
    *,
    nonce: str | None = None,
    now_ms: int | None = None,
) -> str:
    """Check and encode in one call (raises :class:`InvalidInputError` on a hard error)."""
    request = check_request(
        builder, access_key, secret_access_key, role, lifespan, uuid, nonce=nonce, now_ms=now_ms
    )
    return encode(request)


# --- decoding (§W4) -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WhiteboardToken:
    format: ClassVar[str] = FORMAT
    prefix: str
    builder: str
    query: str
    fields: tuple[tuple[str, str], ...]
    warnings: tuple[str, ...] = ()

    @property
    def app_id(self) -> str:
        """No App ID: a whiteboard token names its key pair by the Access Key (``ak``)."""
        return ""

    def get(self, key: str) -> str | None:
        for name, value in self.fields:
            if name == key:
                return value
        return None

    @property
    def ak(self) -> str | None:
        return self.get("ak")

    @property
    def nonce(self) -> str | None:
        return self.get("nonce")

    @property
    def role(self) -> str | None:
        return self.get("role")

    @property
    def role_name(self) -> str:
        role = self.role
        return ROLE_NAMES.get(role, "unknown role") if role is not None else "no role"

    @property
    def uuid(self) -> str | None:
        return self.get("uuid")

    @property
    def sig(self) -> str:
        return self.get("sig") or ""

    @property
    def expire_at(self) -> int | None:
        """Expiry in **milliseconds** since 1970, or ``None`` for a token that never expires."""
        text = self.get("expireAt")
        return None if text is None else int(text)

    @property
    def expires_at(self) -> int:
        """Expiry in whole unix seconds (rounded down), 0 for never, as other formats say it."""
        ms = self.expire_at
        return 0 if ms is None else ms // 1000

    @property
    def title(self) -> str:
        return msg("Whiteboard {builder} token", builder=BUILDER_TITLES[self.builder])

    def signed_json(self, form: str = "node") -> str:
        return signed_json(dict(self.fields), form)

    def nonce_time_ms(self) -> int | None:
        """The creation time embedded in a v1 UUID nonce (approximate), else ``None``."""
        nonce = self.nonce
        if nonce is None:
            return None
        try:
            parsed = uuid_module.UUID(nonce)
        except ValueError:
            return None
        if parsed.version != 1:
            return None
        # 100 ns intervals since 1582-10-15, the Gregorian reform.
        return (parsed.time - 0x01B21DD213814000) // 10_000


def is_whiteboard(text: str) -> bool:
    return text.startswith(tuple(BUILDER_OF_PREFIX))


def _b64url_decode(body: str, warnings: list[str]) -> bytes:
    if not _B64URL_CHARS.match(body):
        if not _B64_ANY.match(body):
            for index, char in enumerate(body):
                if not (char.isascii() and (char.isalnum() or char in "-_+/=")):
                    raise MalformedTokenError(
                        msg(
                            "The whiteboard token has a character that is not base64url ({char}) "
                            "at position {index} after its prefix.",
                            char=repr(char),
                            index=index,
                        )
                    )
            raise MalformedTokenError(
                msg(
                    "The whiteboard token has '=' padding before its end; two tokens may have "
                    "been pasted together."
                )
            )
        if "=" in body:
            warnings.append(msg("The token carries '=' padding, which the references strip."))
        if "+" in body or "/" in body:
            warnings.append(msg("The token uses standard Base64 ('+' or '/'), not base64url."))
        body = body.rstrip("=")
    if len(body) % 4 == 1:
        raise MalformedTokenError(
            msg(
                "The whiteboard token is {length} base64url characters long after its prefix, "
                "which no byte string encodes to; it is cut off or has characters missing.",
                length=len(body),
            )
        )
    try:
        return binascii.a2b_base64(body.translate(_FROM_URLSAFE) + "=" * (-len(body) % 4))
    except binascii.Error as exc:  # pragma: no cover - the checks above catch all
        raise MalformedTokenError(
            msg("The whiteboard token is not valid base64url ({reason}).", reason=str(exc))
        ) from exc


def _percent_decode(text: str, what: Callable[[], str]) -> str:
    """``text`` percent-decoded; ``what`` names it in an error (made only for the error)."""
    bad = _BAD_PERCENT.search(text)
    if bad is not None:
        raise MalformedTokenError(
            msg(
                "The whiteboard token's {what} has a '%' at position {position} that is not "
                "followed by two hex digits.",
                what=what(),
                position=bad.start(),
            )
        )
    raw = urllib.parse.unquote_to_bytes(text.replace("+", " "))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedTokenError(
            msg(
                "The whiteboard token's {what} percent-decodes to bytes that are not UTF-8 "
                "(byte {byte}).",
                what=what(),
                byte=exc.start,
            )
        ) from exc


def decode(text: str) -> WhiteboardToken:
    """Decode any of the reference languages' layouts (§W4, §W8.1); no secret needed."""
    prefix = next((p for p in BUILDER_OF_PREFIX if text.startswith(p)), None)
    if prefix is None:
        raise MalformedTokenError(
            msg(
                "A whiteboard token starts with NETLESSSDK_, NETLESSROOM_ or NETLESSTASK_ "
                "(capital letters); this text does not."
            )
        )
    warnings: list[str] = []
    body = text[len(prefix) :]
    if not body:
        raise MalformedTokenError(
            msg("The whiteboard token has nothing after {prefix}.", prefix=prefix)
        )
    raw = _b64url_decode(body, warnings)
    try:
        query = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedTokenError(
            msg(
                "The whiteboard token decodes to bytes that are not UTF-8 text (byte {byte}); it "
                "is damaged.",
                byte=exc.start,
            )
        ) from exc
    fields: list[tuple[str, str]] = []
    seen: set[str] = set()
    for number, part in enumerate(query.split("&"), 1):
        key_text, equals, value_text = part.partition("=")
        if not equals:
            raise MalformedTokenError(
                msg(
                    "Part {number} of the whiteboard token's query ({part}) has no '='; the token "
                    "is damaged.",
                    number=number,
                    part=repr(part[:40]),
                )
            )
        key = _percent_decode(key_text, lambda: msg("key in part {number}", number=number))  # noqa: B023
        value = _percent_decode(value_text, lambda: msg("value of '{key}'", key=key))  # noqa: B023
        if key in seen:
            raise MalformedTokenError(
                msg(
                    "The whiteboard token has the key '{key}' twice; it is ambiguous and no "
                    "reference builder makes that.",
                    key=key,
                )
            )
        seen.add(key)
        fields.append((key, value))
    builder = BUILDER_OF_PREFIX[prefix]
    token = WhiteboardToken(prefix, builder, query, tuple(fields))
    _check_fields(token, warnings)
    return WhiteboardToken(prefix, builder, query, tuple(fields), tuple(warnings))


def _check_fields(token: WhiteboardToken, warnings: list[str]) -> None:
    sig = token.get("sig")
    if sig is None:
        raise MalformedTokenError(msg("The whiteboard token has no 'sig' field; it is not signed."))
    expire = token.get("expireAt")
    if expire is not None and not _DIGITS.match(expire):
        raise MalformedTokenError(
            msg(
                "The whiteboard token's expireAt is {value}, not a whole number of milliseconds "
                "of at most 16 digits.",
                value=repr(expire[:30]),
            )
        )
    for key in ("ak", "nonce", "role"):
        if token.get(key) is None:
            warnings.append(
                msg(
                    "The token has no '{key}' field; the reference builders always add it.",
                    key=key,
                )
            )
    if token.role is not None and token.role not in ROLE_NAMES:
        warnings.append(
            msg("The role {role} is not 0, 1 or 2 (unknown role).", role=repr(token.role))
        )
    if token.builder == "sdk":
        if token.uuid is not None:
            warnings.append(
                msg("An SDK token carries a uuid; the reference builders never add one.")
            )
    elif token.uuid is None:
        warnings.append(
            msg(
                "This {builder} token has no uuid, so it is bound to no {builder}.",
                builder=token.builder,
            )
        )
    if not _SIG.match(sig):
        warnings.append(msg("The sig is not 64 hex digits, so no Secret Access Key can verify it."))
    elif sig != sig.lower():
        warnings.append(msg("The sig has capital hex letters; the references write lowercase."))
    known = {"ak", "nonce", "role", "uuid", "expireAt", "sig"}
    extra = [key for key, _ in token.fields if key not in known]
    if extra:
        warnings.append(
            msg(
                "The token has fields no reference builder writes: {fields}.",
                fields=", ".join(extra),
            )
        )


# --- verification (§W5) -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WhiteboardVerification:
    valid: bool
    form: str | None  # which signed-JSON form matched (SIGNED_JSON_FORMS), None when invalid
    note: str = ""  # how it matched, or why it cannot be checked


def verify(token: WhiteboardToken, secret_access_key: str) -> WhiteboardVerification:
    """Recompute the HMAC in each producer's signed-JSON form; constant-time comparison."""
    _require_text(secret_access_key, "secret_access_key", _SK)
    sig = token.sig.lower().encode("ascii", "replace")
    fields = dict(token.fields)
    for form in SIGNED_JSON_FORMS:
        try:
            expected = _signature(secret_access_key, signed_json(fields, form))
        except UnicodeEncodeError:  # a lone surrogate in the key; nothing can match
            break
        if crypto.compare_digest(expected.encode("ascii"), sig):
            note = "" if form == "node" else msg("signed over the {form} JSON form", form=form)
            return WhiteboardVerification(True, form, note)
    # Go and PHP drop empty values from the query but still sign them (§W8.1).
    for missing in ("uuid", "role"):
        if missing not in fields and (missing == "role" or token.builder != "sdk"):
            retry = dict(fields, **{missing: ""})
            expected = _signature(secret_access_key, signed_json(retry))
            if crypto.compare_digest(expected.encode("ascii"), sig):
                return WhiteboardVerification(
                    True,
                    "node",
                    msg("signed with an empty {field} that the query leaves out", field=missing),
                )
    if any(not value.isascii() for _, value in token.fields) or not secret_access_key.isascii():
        return WhiteboardVerification(
            False,
            None,
            msg(
                "A token made by the C# reference with non-ASCII text cannot be verified (it "
                "signs '?' for every non-ASCII character)."
            ),
        )
    return WhiteboardVerification(False, None)


def to_json(
    token: WhiteboardToken, verification: WhiteboardVerification | None = None
) -> dict[str, object]:
    """The decoded object of §R (names as in more-vectors.json)."""
    out: dict[str, object] = {
        "format": FORMAT,
        "prefix": token.prefix,
        "builder": token.builder,
        "query": token.query,
        "fields": [[key, value] for key, value in token.fields],
    }
    for key in ("ak", "nonce", "role"):
        value = token.get(key)
        if value is not None:
            out[key] = value
    out["role_name"] = token.role_name
    if token.uuid is not None:
        out["uuid"] = token.uuid
    if token.expire_at is not None:
        out["expire_at"] = token.expire_at
    out["sig"] = token.sig
    out["signed_json"] = token.signed_json()
    if verification is not None:
        out["signature"] = "valid" if verification.valid else "invalid"
        if verification.form is not None:
            out["signed_json_form"] = verification.form
        if verification.note:
            out["signature_note"] = verification.note
    if token.warnings:
        out["warnings"] = list(token.warnings)
    return out


# --- the catalogue's view: a builder and a check per kind (catalog.KeyKind) ---------------------

Warnings = tuple[tuple[str, str], ...]


def _request_of(
    builder: str, access_key: str, secret: str, values: Mapping[str, object]
) -> WhiteboardRequest:
    return check_request(
        builder,
        access_key,
        secret,
        values.get("role"),
        values.get("lifespan"),
        values.get("uuid"),
        nonce=values.get("nonce"),
        now_ms=values.get("now_ms"),
    )


def catalog_check(builder: str) -> Callable[[str, str, Mapping[str, object]], Warnings]:
    """§W7 for a request of this builder: the warnings, or InvalidInputError naming the field."""

    def check(access_key: str, secret: str, values: Mapping[str, object]) -> Warnings:
        return _request_of(builder, access_key, secret, values).warnings

    return check


def catalog_builder(builder: str) -> Callable[[str, str, Mapping[str, object]], str]:
    """The token of a request whose pins (``nonce``, ``now_ms``) are filled in."""

    def build(access_key: str, secret: str, values: Mapping[str, object]) -> str:
        return encode(_request_of(builder, access_key, secret, values))

    return build
