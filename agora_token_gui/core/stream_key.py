"""Media Gateway stream keys generated locally for a custom ingest domain (more-formats.md §S).

``base64url(IV ‖ AES-128-CTR(hex_decode(App Certificate), IV, msgpack({C, U, E[, T]})))``.

The MessagePack map is written and read here, not by a library: the key is byte-exact only with
msgpack-lite's width choices (§S2), and a decoder must report the width of every value (§R
``msgpack_types``) and accept msgpack-lite 0.1.26's float64 expiry (§S8.2) — about a hundred lines
that no general-purpose package exposes. AES comes from the ``cryptography`` package (the
``streamkey`` extra), imported on first use, so the rest of the core stays standard-library only.

A stream key has **no MAC**: "verification" means only that the bytes decrypt, with the given
certificate, to a well-formed key map. A wrong certificate shows up as bytes that are not a map.
"""

from __future__ import annotations

import binascii
import os
import re
import struct
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import ClassVar, Final, TypeAlias

from .errors import InvalidInputError, MalformedTokenError, TokenError, message_of
from .secrets import describe_kind
from .text import msg

FORMAT: Final = "stream_key"
EXTRA: Final = "streamkey"
NO_MAC_NOTE: Final = msg(
    "A stream key carries no MAC: a wrong App Certificate is detected only because the bytes "
    "it decrypts to are not a key map."
)
UINT32_MAX: Final = 0xFFFF_FFFF
IV_BYTES: Final = 16
MIN_KEY_BYTES: Final = IV_BYTES + 1
# Documented by the Media Gateway REST API (create-streaming-key): the warnings of §S6.
CHANNEL_MAX_BYTES: Final = 63
UID_MAX_BYTES: Final = 255
_CHANNEL_OK: Final = re.compile(r"[a-zA-Z0-9 !#$%&()+\-:;<=.>?@\[\]^_{}|~,]*\Z")
_HEX32: Final = re.compile(r"[0-9a-fA-F]{32}\Z")
# Names and units in messages (made once, translatable).
_THE_UID: Final = msg("The uid")
_THE_CHANNEL: Final = msg("The channel name")
_THE_TEMPLATE: Final = msg("The template id")
_THE_TIME: Final = msg("The time (now)")
_SECONDS: Final = msg("seconds")
_UNIX_SECONDS: Final = msg("unix seconds")
_TYPE_BYTE: Final = msg("a type byte")
_MAP_HEADER: Final = msg("the map header")
# A part of the plaintext a "the plaintext ends" message names (text, or a function making it).
Label: TypeAlias = "str | Callable[[], str]"


def _a(name: str) -> Label:
    return lambda: msg("a {name}", name=name)


def _length_of(name: str) -> Label:
    return lambda: msg("the {name} length", name=name)


def _size_of(name: str) -> Label:
    return lambda: msg("the {name} size", name=name)


def _past_2106() -> str:
    return msg("The expiry (now + expires_after) passes {limit} (year 2106).", limit=UINT32_MAX)


_HEX_ONLY: Final = re.compile(r"[0-9a-fA-F]*\Z")
MIN_DISTINCT_CHARACTERS: Final = 12
_DIGITS: Final = re.compile(r"[0-9]+\Z")
_B64URL_CHARS: Final = re.compile(r"[A-Za-z0-9_\-]*\Z")
_B64_ANY: Final = re.compile(r"[A-Za-z0-9_\-+/]*=*\Z")
_TO_URLSAFE: Final = str.maketrans("+/", "-_")
_FROM_URLSAFE: Final = str.maketrans("-_", "+/")

MsgValue: TypeAlias = "str | int | float | bool | bytes | None"


class CryptographyMissingError(TokenError):
    """The ``cryptography`` package (the ``streamkey`` extra) is not installed."""

    def __init__(self) -> None:
        super().__init__(
            msg(
                "Stream keys need AES from the 'cryptography' package: install it with pip "
                "install 'agora-token-gui[{extra}]'.",
                extra=EXTRA,
            )
        )


def aes_available() -> bool:
    """Whether the ``streamkey`` extra is installed (imports it, so call it only when needed)."""
    try:
        import cryptography.hazmat.primitives.ciphers  # noqa: F401
    except ImportError:
        return False
    return True


def aes_128_ctr(key: bytes, iv: bytes, data: bytes) -> bytes:
    """AES-128-CTR with the whole 16-byte block as one big-endian counter (OpenSSL, §S3)."""
    try:
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    except ImportError as exc:
        raise CryptographyMissingError() from exc
    # encryption and decryption are the same XOR with the key stream
    cipher = Cipher(algorithms.AES(key), modes.CTR(iv)).encryptor()
    return cipher.update(data) + cipher.finalize()


# --- MessagePack: the subset msgpack-lite writes for this map (§S2) -----------------------------


def pack_str(text: str) -> bytes:
    data = text.encode("utf-8")
    n = len(data)
    if n <= 31:
        return bytes([0xA0 | n]) + data
    if n <= 0xFF:
        return b"\xd9" + bytes([n]) + data
    if n <= 0xFFFF:
        return b"\xda" + struct.pack(">H", n) + data
    if n <= UINT32_MAX:
        return b"\xdb" + struct.pack(">I", n) + data
    raise InvalidInputError(msg("A text of {size} bytes is too long for MessagePack.", size=n))


def pack_uint(value: int) -> bytes:
    """The smallest unsigned form: positive fixint, uint8, uint16, uint32, uint64."""
    if value < 0:
        raise InvalidInputError(
            msg("{value} is negative; the stream key holds unsigned integers.", value=value)
        )
    if value <= 0x7F:
        return bytes([value])
    if value <= 0xFF:
        return b"\xcc" + bytes([value])
    if value <= 0xFFFF:
        return b"\xcd" + struct.pack(">H", value)
    if value <= UINT32_MAX:
        return b"\xce" + struct.pack(">I", value)
    return b"\xcf" + struct.pack(">Q", value)


def pack_map_header(entries: int) -> bytes:
    if entries <= 15:
        return bytes([0x80 | entries])
    if entries <= 0xFFFF:
        return b"\xde" + struct.pack(">H", entries)
    return b"\xdf" + struct.pack(">I", entries)


def pack_key_map(
    channel_name: str, uid: str | int, expires_at: int, template_id: str | None
) -> bytes:
    """``{C, U, E[, T]}`` in that order, exactly as the docs sample's msgpack-lite writes it."""
    entries = [("C", channel_name), ("U", uid), ("E", expires_at)]
    if template_id is not None:
        entries.append(("T", template_id))
    out = [pack_map_header(len(entries))]
    for key, value in entries:
        out.append(pack_str(key))
        out.append(pack_str(value) if isinstance(value, str) else pack_uint(value))
    return b"".join(out)


class KeyMapError(MalformedTokenError):
    """The plaintext is not one well-formed stream-key map (wrong certificate, or damage)."""


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, n: int, what: Label) -> bytes:
        """The next ``n`` bytes; ``what`` (text, or a function making it) names them in an error."""
        if self.pos + n > len(self.data):
            raise KeyMapError(
                msg(
                    "the plaintext ends at byte {end} inside {what} that needs {size} bytes from "
                    "byte {start}",
                    end=len(self.data),
                    what=what if isinstance(what, str) else what(),
                    size=n,
                    start=self.pos,
                )
            )
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def uint(self, size: int, what: Label) -> int:
        return int.from_bytes(self.take(size, what), "big")

    def value(self) -> tuple[MsgValue, str]:
        """One scalar value and its MessagePack type name (containers are not expected here)."""
        start = self.pos
        tag = self.take(1, _TYPE_BYTE)[0]
        if tag <= 0x7F:
            return tag, "positive_fixint"
        if 0xA0 <= tag <= 0xBF:
            return self._text(tag & 0x1F, "fixstr"), "fixstr"
        if tag >= 0xE0:
            return tag - 0x100, "negative_fixint"
        if tag in _STR_SIZES:
            name, size = _STR_SIZES[tag]
            return self._text(self.uint(size, _length_of(name)), name), name
        if tag in _UINT_SIZES:
            name, size = _UINT_SIZES[tag]
            return self.uint(size, _a(name)), name
        if tag in _INT_SIZES:
            name, size = _INT_SIZES[tag]
            return int.from_bytes(self.take(size, _a(name)), "big", signed=True), name
        if tag == 0xCB:
            return struct.unpack(">d", self.take(8, _a("float64")))[0], "float64"
        if tag == 0xCA:
            return struct.unpack(">f", self.take(4, _a("float32")))[0], "float32"
        if tag == 0xC0:
            return None, "nil"
        if tag in (0xC2, 0xC3):
            return tag == 0xC3, "bool"
        if tag in _BIN_SIZES:
            name, size = _BIN_SIZES[tag]
            return self.take(self.uint(size, _length_of(name)), name), name
        raise KeyMapError(
            msg(
                "byte {start} (0x{tag}) is not a MessagePack scalar a stream key can hold",
                start=start,
                tag=f"{tag:02x}",
            )
        )

    def _text(self, length: int, name: str) -> str:
        start = self.pos
        raw = self.take(length, lambda: msg("a {name} of {size} bytes", name=name, size=length))
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise KeyMapError(
                msg("the {name} at byte {start} is not UTF-8 text", name=name, start=start)
            ) from exc


_STR_SIZES: Final = {0xD9: ("str8", 1), 0xDA: ("str16", 2), 0xDB: ("str32", 4)}
_BIN_SIZES: Final = {0xC4: ("bin8", 1), 0xC5: ("bin16", 2), 0xC6: ("bin32", 4)}
_UINT_SIZES: Final = {
    0xCC: ("uint8", 1),
    0xCD: ("uint16", 2),
    0xCE: ("uint32", 4),
    0xCF: ("uint64", 8),
}
_INT_SIZES: Final = {0xD0: ("int8", 1), 0xD1: ("int16", 2), 0xD2: ("int32", 4), 0xD3: ("int64", 8)}
_UNSIGNED_TYPES: Final = frozenset({"positive_fixint", "uint8", "uint16", "uint32", "uint64"})
_STR_TYPES: Final = frozenset({"fixstr", "str8", "str16", "str32"})


@dataclass(frozen=True, slots=True)
class KeyMap:
    """The decrypted map: entries in stored order, each (key, value, MessagePack type)."""

    map_type: str  # "fixmap(3)", "map16(3)", ...
    entries: tuple[tuple[str, MsgValue, str], ...]
    warnings: tuple[str, ...] = ()

    def value(self, key: str) -> MsgValue:
        for name, value, _ in self.entries:
            if name == key:
                return value
        return None

    @property
    def channel_name(self) -> str:
        value = self.value("C")
        assert isinstance(value, str)
        return value

    @property
    def uid(self) -> str | int:
        value = self.value("U")
        if isinstance(value, float):
            return int(value)
        assert isinstance(value, (str, int))
        return value

    @property
    def expires_at(self) -> int:
        value = self.value("E")
        assert isinstance(value, (int, float))
        return int(value)

    @property
    def template_id(self) -> str | None:
        value = self.value("T")
        return value if isinstance(value, str) else None

    @property
    def map_keys(self) -> list[str]:
        return [key for key, _, _ in self.entries]

    @property
    def msgpack_types(self) -> dict[str, str]:
        return {"map": self.map_type, **{key: kind for key, _, kind in self.entries}}


def _whole_number(value: MsgValue, kind: str) -> bool:
    if kind in _UNSIGNED_TYPES:
        return True
    # msgpack-lite 0.1.26 writes integers >= 2^31 as float64 (§S8.2)
    return (
        kind == "float64"
        and isinstance(value, float)
        and value.is_integer()
        and 0 <= value <= 2**64 - 1
    )


def unpack_key_map(data: bytes) -> KeyMap:
    """Exactly one map with C (str), U (str or unsigned), E (unsigned) and optional T (str)."""
    reader = _Reader(data)
    tag = reader.take(1, _MAP_HEADER)[0]
    if 0x80 <= tag <= 0x8F:
        count, map_type = tag & 0x0F, "fixmap"
    elif tag == 0xDE:
        count, map_type = reader.uint(2, _size_of("map16")), "map16"
    elif tag == 0xDF:
        count, map_type = reader.uint(4, _size_of("map32")), "map32"
    else:
        raise KeyMapError(
            msg("the plaintext starts with 0x{tag}, not a MessagePack map header", tag=f"{tag:02x}")
        )
    if count > len(data):  # every entry takes at least two bytes; do not loop on garbage
        raise KeyMapError(
            msg(
                "the map header announces {count} entries in {size} bytes",
                count=count,
                size=len(data),
            )
        )
    entries: list[tuple[str, MsgValue, str]] = []
    warnings: list[str] = []
    for _ in range(count):
        at = reader.pos
        key, key_type = reader.value()
        if key_type not in _STR_TYPES:
            raise KeyMapError(
                msg("the map key at byte {at} is a {type}, not text", at=at, type=key_type)
            )
        assert isinstance(key, str)
        if any(key == seen for seen, _, _ in entries):
            raise KeyMapError(msg("the map has the key {key} twice", key=repr(key)))
        at = reader.pos
        value, kind = reader.value()
        if key == "C" and kind not in _STR_TYPES:
            raise KeyMapError(
                msg("the channel name (C, byte {at}) is a {type}, not text", at=at, type=kind)
            )
        if key == "U" and kind not in _STR_TYPES and not _whole_number(value, kind):
            raise KeyMapError(
                msg(
                    "the uid (U, byte {at}) is a {type}, not text or a whole number",
                    at=at,
                    type=kind,
                )
            )
        if key == "E" and not _whole_number(value, kind):
            raise KeyMapError(
                msg("the expiry (E, byte {at}) is a {type}, not a whole number", at=at, type=kind)
            )
        if key == "T" and kind not in _STR_TYPES:
            raise KeyMapError(
                msg("the template id (T, byte {at}) is a {type}, not text", at=at, type=kind)
            )
        entries.append((key, value, kind))
    if reader.pos != len(data):
        raise KeyMapError(
            msg(
                "{count} bytes follow the map (from byte {start})",
                count=len(data) - reader.pos,
                start=reader.pos,
            )
        )
    missing = [key for key in "CUE" if all(key != name for name, _, _ in entries)]
    if missing:
        raise KeyMapError(msg("the map has no {keys} entry", keys=", ".join(missing)))
    extra = [key for key, _, _ in entries if key not in "CUET" or len(key) != 1]
    if extra:
        warnings.append(
            msg(
                "The key map has entries the docs sample never writes: {keys}.",
                keys=", ".join(extra),
            )
        )
    if any(kind == "float64" for _, _, kind in entries):
        warnings.append(
            msg(
                "A number is stored as float64, as msgpack-lite 0.1.26 writes numbers from 2^31 "
                "on; today's encoders write uint32 (the key decodes the same)."
            )
        )
    return KeyMap(f"{map_type}({count})", tuple(entries), tuple(warnings))


# --- building (§S4, §S7) ------------------------------------------------------------------------


def _text(value: object, name: str, label: str) -> str:
    if not isinstance(value, str):
        raise InvalidInputError(
            msg("{label} must be text, not {type}.", label=label, type=describe_kind(value)), name
        )
    try:
        size = len(value.encode("utf-8"))
    except UnicodeEncodeError as exc:
        raise InvalidInputError(
            msg(
                "{label} has a character that is not valid Unicode at position {position}.",
                label=label,
                position=exc.start,
            ),
            name,
        ) from exc
    if size > UINT32_MAX:
        raise InvalidInputError(
            msg("{label} is {size} bytes long, too long for MessagePack.", label=label, size=size),
            name,
        )
    return value


def _whole(value: object, name: str, label: str, unit: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInputError(
            msg(
                "{label} must be a whole number of {unit}, not {value}.",
                label=label,
                unit=unit,
                value=repr(value),
            ),
            name,
        )
    if value < 0:
        raise InvalidInputError(
            msg("{label} must not be negative ({value}).", label=label, value=value), name
        )
    if value > UINT32_MAX:
        raise InvalidInputError(
            msg(
                "{label} is {value}; a stream key holds at most {limit}.",
                label=label,
                value=value,
                limit=UINT32_MAX,
            ),
            name,
        )
    return value


def certificate_key(app_certificate: object) -> bytes:
    """The AES key: the 32-hex-digit App Certificate decoded to 16 bytes (letter case ignored)."""
    if not isinstance(app_certificate, str) or not _HEX32.match(app_certificate):
        # never echo the certificate, not even a mistyped one
        length = len(app_certificate) if isinstance(app_certificate, str) else 0
        if length == 32:
            message = msg(
                "The App Certificate must be exactly 32 hex digits for a stream key (this one "
                "has {length} characters, not all of them hex).",
                length=length,
            )
        else:
            message = msg(
                "The App Certificate must be exactly 32 hex digits for a stream key (this one "
                "has {length} characters).",
                length=length,
            )
        raise InvalidInputError(message, "app_certificate")
    return binascii.unhexlify(app_certificate)


def parse_uid(value: object) -> str | int:
    """Text stays text (msgpack str); a JSON integer 0..2^32-1 becomes a msgpack integer (§S8.1)."""
    if isinstance(value, str):
        return _text(value, "uid", _THE_UID)
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= UINT32_MAX:
        return value
    raise InvalidInputError(
        msg(
            "The uid must be text (usual) or a whole number 0..{limit}, not {value}.",
            limit=UINT32_MAX,
            value=repr(value),
        ),
        "uid",
    )


@dataclass(frozen=True, slots=True)
class StreamKeyRequest:
    key: bytes = field(repr=False)
    channel_name: str
    uid: str | int
    expires_after: int
    template_id: str | None = None
    iv: bytes | None = None
    now: int | None = None
    warnings: tuple[tuple[str, str], ...] = ()  # (field, message)


def channel_uid_warnings(channel_name: str, uid: str | int) -> list[tuple[str, str]]:
    """The REST API's documented rules for channel and uid (§S6); they build, with a warning."""
    warnings: list[tuple[str, str]] = []
    size = len(channel_name.encode("utf-8"))
    if size > CHANNEL_MAX_BYTES:
        warnings.append(
            (
                "channel_name",
                msg(
                    "The channel name is {size} bytes; the gateway allows {limit}.",
                    size=size,
                    limit=CHANNEL_MAX_BYTES,
                ),
            )
        )
    if not _CHANNEL_OK.match(channel_name):
        warnings.append(
            (
                "channel_name",
                msg(
                    "The channel name has characters outside a-z A-Z 0-9, space and "
                    "! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ {{ }} | ~ ,"
                ),
            )
        )
    if isinstance(uid, str):
        if len(uid.encode("utf-8")) > UID_MAX_BYTES:
            warnings.append(
                ("uid", msg("The uid is longer than {limit} bytes.", limit=UID_MAX_BYTES))
            )
        if uid in ("", "0"):
            warnings.append(
                ("uid", msg("The uid {uid} lets the gateway pick a random uid.", uid=repr(uid)))
            )
        elif _DIGITS.match(uid) and not 1 <= int(uid) <= UINT32_MAX:
            warnings.append(
                (
                    "uid",
                    msg(
                        "The uid {uid} is outside 1..{limit}; the gateway takes it as text.",
                        uid=uid,
                        limit=UINT32_MAX,
                    ),
                )
            )
    else:
        warnings.append(
            (
                "uid",
                msg('The uid is an integer; the docs sample and the REST API use text ("1001").'),
            )
        )
        if uid == 0:
            warnings.append(("uid", msg("The uid 0 lets the gateway pick a random uid.")))
    if channel_name in ("", "0") and uid in ("", "0", 0):
        warnings.append(
            (
                "channel_name",
                msg("The channel name and the uid are both empty or 0; the REST API refuses that."),
            )
        )
    return warnings


def check_request(
    app_certificate: object,
    channel_name: object,
    uid: object,
    expires_after: object,
    template_id: object = None,
    *,
    iv: object = None,
    now: object = None,
) -> StreamKeyRequest:
    """Apply §S7: hard errors raise :class:`InvalidInputError` naming the field; warnings kept."""
    key = certificate_key(app_certificate)
    channel = _text(channel_name, "channel_name", _THE_CHANNEL)
    uid_value = parse_uid(uid)
    after = _whole(expires_after, "expires_after", "expires_after", _SECONDS)
    template = None if template_id is None else _text(template_id, "template_id", _THE_TEMPLATE)
    iv_bytes = None
    if iv is not None:
        if not isinstance(iv, str) or not _HEX32.match(iv):
            raise InvalidInputError(msg("The IV must be exactly 32 hex digits (16 bytes)."), "iv")
        iv_bytes = binascii.unhexlify(iv)
    pinned_now = None if now is None else _whole(now, "now", _THE_TIME, _UNIX_SECONDS)
    if pinned_now is not None and pinned_now + after > UINT32_MAX:
        raise InvalidInputError(_past_2106(), "expires_after")
    warnings = channel_uid_warnings(channel, uid_value)
    if after == 0:
        warnings.append(
            (
                "expires_after",
                msg(
                    "expires_after 0 puts the creation time in the key; whether the gateway then "
                    "treats it as never expiring (as the REST API does) is not documented."
                ),
            )
        )
    if template == "":
        warnings.append(
            ("template_id", msg("The template id is empty; leave it out for the default."))
        )
    return StreamKeyRequest(
        key, channel, uid_value, after, template, iv_bytes, pinned_now, tuple(warnings)
    )


def _b64url(data: bytes) -> str:
    return (
        binascii.b2a_base64(data, newline=False).decode("ascii").rstrip("=").translate(_TO_URLSAFE)
    )


def encode(
    request: StreamKeyRequest,
    *,
    random_iv: Callable[[int], bytes] = os.urandom,
    clock: Callable[[], float] = time.time,
) -> str:
    """The stream key of §S4; the request's pins win over ``random_iv`` and ``clock``."""
    now = request.now if request.now is not None else int(clock())
    expires_at = now + request.expires_after
    if expires_at > UINT32_MAX:
        raise InvalidInputError(_past_2106(), "expires_after")
    plaintext = pack_key_map(request.channel_name, request.uid, expires_at, request.template_id)
    iv = request.iv if request.iv is not None else random_iv(IV_BYTES)
    return _b64url(iv + aes_128_ctr(request.key, iv, plaintext))


def build(
    app_certificate: str,
    channel_name: str,
    uid: str | int,
    expires_after: int,
    template_id: str | None = None,
    *,
    iv: str | None = None,
    now: int | None = None,
) -> str:
    request = check_request(
        app_certificate, channel_name, uid, expires_after, template_id, iv=iv, now=now
    )
    return encode(request)


# --- decoding and opening (§S5) -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StreamKey:
    """What shows without the certificate: the IV and the ciphertext (= plaintext length)."""

    format: ClassVar[str] = FORMAT
    iv: bytes
    ciphertext: bytes
    warnings: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        return msg("Media Gateway stream key")

    @property
    def app_id(self) -> str:
        """No App ID: the gateway knows the app from the ingest domain."""
        return ""

    @property
    def expires_at(self) -> int | None:
        """Unknown without the certificate: the expiry is inside the encrypted map."""
        return None


def looks_like_stream_key(text: str) -> bool:
    """Whether ``text`` has a stream key's shape (§S8.3); only opening it can tell.

    base64url without padding, long enough for IV + the smallest map, and as varied as random
    bytes are (a random 23-character key has about 19 different characters; fewer than 12 is
    a word, a repeated pattern or hex digits, not ciphertext).
    """
    return (
        len(text) >= 23  # ceil(17 * 4 / 3)
        and len(text) % 4 != 1
        and _B64URL_CHARS.match(text) is not None
        and len(set(text)) >= MIN_DISTINCT_CHARACTERS
        and _HEX_ONLY.match(text) is None
    )


def decode(text: str) -> StreamKey:
    warnings: list[str] = []
    body = text
    if not _B64URL_CHARS.match(body):
        if not _B64_ANY.match(body):
            for index, char in enumerate(body):
                if not (char.isascii() and (char.isalnum() or char in "-_+/=")):
                    raise MalformedTokenError(
                        msg(
                            "The stream key has a character that is not base64url ({char}) at "
                            "position {index}.",
                            char=repr(char),
                            index=index,
                        )
                    )
            raise MalformedTokenError(msg("The stream key has '=' padding before its end."))
        if "=" in body:
            warnings.append(msg("The key carries '=' padding; the docs sample strips it."))
        if "+" in body or "/" in body:
            warnings.append(
                msg(
                    "The key uses standard Base64 ('+' or '/'), as a miscopied docs sample makes "
                    "it (§S8.4); the gateway may expect base64url."
                )
            )
        body = body.rstrip("=")
    if len(body) % 4 == 1:
        raise MalformedTokenError(
            msg(
                "The stream key is {length} base64url characters long, which no byte string "
                "encodes to; it is cut off or has characters missing.",
                length=len(body),
            )
        )
    data = binascii.a2b_base64(body.translate(_FROM_URLSAFE) + "=" * (-len(body) % 4))
    if len(data) < MIN_KEY_BYTES:
        raise MalformedTokenError(
            msg(
                "The stream key is {size} bytes, too short for a 16-byte IV and a payload.",
                size=len(data),
            )
        )
    return StreamKey(data[:IV_BYTES], data[IV_BYTES:], tuple(warnings))


@dataclass(frozen=True, slots=True)
class StreamKeyOpening:
    """The result of decrypting with a certificate: a map when ``valid``, else the reason."""

    valid: bool
    plaintext: bytes
    key_map: KeyMap | None
    reason: str = ""  # why it is not a key map (without the certificate's text)


def open_key(key: StreamKey, app_certificate: str) -> StreamKeyOpening:
    """Decrypt and parse; never raises on a wrong certificate (there is no MAC to tell)."""
    plaintext = aes_128_ctr(certificate_key(app_certificate), key.iv, key.ciphertext)
    try:
        key_map = unpack_key_map(plaintext)
    except KeyMapError as exc:
        return StreamKeyOpening(
            False,
            plaintext,
            None,
            msg(
                "It does not decrypt to a stream key with this App Certificate ({reason}). {note}",
                reason=message_of(exc),
                note=NO_MAC_NOTE,
            ),
        )
    return StreamKeyOpening(True, plaintext, key_map)


# --- what to paste into OBS (§S6) ---------------------------------------------------------------


def rtmp_url(domain: str, stream_key: str) -> str:
    return f"rtmp://{domain}/live/{stream_key}"


def srt_url(domain: str, stream_key: str, port: int) -> str:
    return f"srt://{domain}:{port}?streamid=#!::r={stream_key},h={domain}"


def to_json(key: StreamKey, opening: StreamKeyOpening | None = None) -> dict[str, object]:
    """The decoded object of §R (names as in more-vectors.json)."""
    out: dict[str, object] = {
        "format": FORMAT,
        "iv_hex": key.iv.hex(),
        "ciphertext_hex": key.ciphertext.hex(),
    }
    if opening is None:
        return out
    out["plaintext_hex"] = opening.plaintext.hex()
    if opening.key_map is not None:
        m = opening.key_map
        out["map_keys"] = m.map_keys
        out["channel_name"] = m.channel_name
        out["uid"] = m.uid
        out["expires_at"] = m.expires_at
        if m.template_id is not None:
            out["template_id"] = m.template_id
        out["msgpack_types"] = m.msgpack_types
    out["signature"] = "valid" if opening.valid else "invalid"
    if not opening.valid:
        out["reason"] = opening.reason
    return out


# --- the catalogue's view (catalog.KeyKind) -------------------------------------------------------


def _request_of(certificate: str, values: Mapping[str, object]) -> StreamKeyRequest:
    template = values.get("template_id")
    return check_request(
        certificate,
        values.get("channel_name"),
        values.get("uid"),
        values.get("expires_after"),
        None if template == "" else template,  # the catalogue's empty field: no T entry
        iv=values.get("iv"),
        now=values.get("now"),
    )


def catalog_check(
    _: str, certificate: str, values: Mapping[str, object]
) -> tuple[tuple[str, str], ...]:
    """§S7 for a request: the warnings, or InvalidInputError naming the field."""
    return _request_of(certificate, values).warnings


def catalog_builder(_: str, certificate: str, values: Mapping[str, object]) -> str:
    """The key of a request whose pins (``iv``, ``now``) are filled in."""
    return encode(_request_of(certificate, values))
