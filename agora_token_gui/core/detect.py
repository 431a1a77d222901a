"""Decode any text: detect the format (token-formats.md §9), repair what is unambiguous, say so."""

from __future__ import annotations

import dataclasses
import re
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, TypeAlias

from . import access_token, access_token2, dynamic_key, expiry, signaling
from .access_token import AccessToken
from .access_token2 import AccessToken2, permissions_to_json
from .dynamic_key import DynamicKey1, DynamicKey3, DynamicKey4, DynamicKey5
from .encoding import is_hex
from .errors import MalformedTokenError, UnknownFormatError
from .signaling import SignalingToken

AnyToken: TypeAlias = (
    AccessToken2
    | AccessToken
    | DynamicKey5
    | DynamicKey4
    | DynamicKey3
    | DynamicKey1
    | SignalingToken
)
JSONValue: TypeAlias = "dict[str, JSONValue] | list[JSONValue] | str | int | float | bool | None"

FORMAT_NAMES: Final[Mapping[str, str]] = {
    "007": "AccessToken2",
    "006": "AccessToken",
    "005": "DynamicKey5",
    "004": "DynamicKey4",
    "003": "DynamicKey3",
    "002": "DynamicKey2",
    "001": "DynamicKey (v1)",
    "signaling": "Signaling token",
}
LEGACY_FORMATS: Final = frozenset({"006", "005", "004", "003", "002", "001", "signaling"})

REPAIRED_WHITESPACE: Final = "repaired_whitespace"
REPAIRED_URL_ENCODING: Final = "repaired_url_encoding"

_QUOTES: Final = ('"', "'", "`", "\u201c\u201d", "\u2018\u2019")
_PERCENT: Final = re.compile(r"%(?:2[bBfF]|3[dD])")
_BASE64_PREFIXES: Final = ("007", "006", "005")
_NOTHING_TO_REPAIR: Final = re.compile(r"[A-Za-z0-9+/=:]*\Z")


@dataclass(frozen=True, slots=True)
class Repair:
    code: str  # REPAIRED_WHITESPACE or REPAIRED_URL_ENCODING (also a diagnose finding code)
    message: str


@dataclass(frozen=True, slots=True)
class Decoded:
    """A decoded token, the exact text that was decoded, and what was repaired to get there."""

    token: AnyToken
    text: str
    repairs: tuple[Repair, ...] = ()

    @property
    def format(self) -> str:
        return self.token.format

    @property
    def format_name(self) -> str:
        return FORMAT_NAMES[self.token.format]


def repair(text: str) -> tuple[str, tuple[Repair, ...]]:
    """Undo what copying and URLs do to tokens, but only where the intent is unambiguous."""
    repairs: list[Repair] = []
    stripped = text.strip()
    if stripped != text:
        repairs.append(Repair(REPAIRED_WHITESPACE, "Removed whitespace around the token."))
    for quote in _QUOTES:
        opening, closing = quote[0], quote[-1]
        if len(stripped) >= 2 and stripped[0] == opening and stripped[-1] == closing:
            stripped = stripped[1:-1].strip()
            repairs.append(Repair(REPAIRED_WHITESPACE, "Removed the quotes around the token."))
            break
    breaks = sum(stripped.count(c) for c in "\r\n\t")
    if breaks:
        stripped = re.sub(r"[\r\n\t]+", "", stripped)
        what = "line break or tab" if breaks == 1 else "line breaks or tabs"
        repairs.append(Repair(REPAIRED_WHITESPACE, f"Removed {breaks} {what} inside the token."))
    if _PERCENT.search(stripped):
        stripped = urllib.parse.unquote(stripped)
        repairs.append(Repair(REPAIRED_URL_ENCODING, "Undid URL percent-encoding (%2B, %2F, %3D)."))
    if " " in stripped and stripped.startswith(_BASE64_PREFIXES):
        count = stripped.count(" ")
        stripped = stripped.replace(" ", "+")
        spaces = "space" if count == 1 else "spaces"
        repairs.append(
            Repair(
                REPAIRED_URL_ENCODING,
                f"Turned {count} {spaces} back into '+': a URL or form field had changed them.",
            )
        )
    return stripped, tuple(repairs)


def decode_exact(text: str) -> AnyToken:
    """Decode text that must be a token exactly as given (no repairs).

    Raises:
        UnknownFormatError: it is not any known format.
        MalformedTokenError: it has a known format's shape but is damaged.
    """
    if text.startswith("1:"):
        return signaling.decode(text)
    if is_hex(text):
        length = len(text)
        if length == 90:
            return dynamic_key.decode1(text)
        if length == 110:
            return dynamic_key.decode2(text)
        if length == 113 and text.startswith("003"):
            return dynamic_key.decode3(text)
        if length == 103 and text.startswith("004"):
            return dynamic_key.decode4(text)
    if text.startswith("007"):
        return access_token2.decode(text)
    if text.startswith("006"):
        return access_token.decode(text)
    if text.startswith("005"):
        return dynamic_key.decode5(text)
    raise UnknownFormatError(_why_unknown(text))


def decode(text: str) -> Decoded:
    """Detect the format of pasted text and decode it (no signature check)."""
    # The usual cases first: a whole 007 or 006 token. Their decoders accept only Base64 after
    # the prefix (and, for 006, after the App ID checked here), so text they accept has nothing
    # to repair, and is no dynamic key either (those start with 003 or 004, or are 90 or 110 hex
    # digits: after 007 or 006, such lengths leave no multiple of 4 for Base64). The steps below
    # would decode it in the same way; anything the decoders refuse takes those steps.
    if text.startswith("007"):
        try:
            return _decoded(access_token2.decode(text), text)
        except MalformedTokenError:
            pass
    elif text.startswith("006") and _NOTHING_TO_REPAIR.match(text, 0, 35):
        try:
            return _decoded(access_token.decode(text), text)
        except MalformedTokenError:
            pass
    if _NOTHING_TO_REPAIR.match(text):  # no whitespace, quotes or '%': repair() changes nothing
        return _decoded(decode_exact(text), text)
    fixed, repairs = repair(text)
    return Decoded(decode_exact(fixed), fixed, repairs)


_new: Final = object.__new__
_set_token, _set_text, _set_repairs = (
    Decoded.__dict__[f.name].__set__ for f in dataclasses.fields(Decoded)
)


def _decoded(token: AnyToken, text: str) -> Decoded:
    """``Decoded(token, text)`` without the frozen dataclass's per-field setattr calls."""
    decoded: Decoded = _new(Decoded)
    _set_token(decoded, token)
    _set_text(decoded, text)
    _set_repairs(decoded, ())
    return decoded


def _why_unknown(text: str) -> str:
    if not text:
        return "The text is empty; paste an Agora token or dynamic key."
    if is_hex(text):
        return (
            f"This is {len(text)} hexadecimal characters, which is no known key: DynamicKey v1 "
            "has 90, DynamicKey4 103 (starting '004'), DynamicKey2 110 and DynamicKey3 113 "
            "(starting '003')."
        )
    shown = text[:12] + ("…" if len(text) > 12 else "")
    return (
        f"This is not an Agora token: tokens start with '007', '006' or '005', signaling tokens "
        f"with '1:', and older dynamic keys are 90 to 113 hex digits; this text is {shown!r}."
    )


def to_json(decoded: Decoded | AnyToken) -> dict[str, JSONValue]:
    """The decoded-token object of requests.md, plus human-friendly extras."""
    token = decoded.token if isinstance(decoded, Decoded) else decoded
    out: dict[str, JSONValue] = {"format": token.format, "format_name": FORMAT_NAMES[token.format]}
    out.update(_fields(token))
    expires_at = token.expires_at
    if expires_at is not None:
        out["expires_at"] = expires_at
    out.update(expiry.effective(token).to_json())  # type: ignore[arg-type]
    if isinstance(decoded, Decoded) and decoded.repairs:
        out["repairs"] = [{"code": r.code, "message": r.message} for r in decoded.repairs]
    return out


def _privileges_json(privileges: Mapping[int, int]) -> dict[str, JSONValue]:
    return {str(k): v for k, v in sorted(privileges.items())}


def service_to_json(service: access_token2.Service) -> dict[str, JSONValue]:
    out: dict[str, JSONValue] = {
        "type": service.type,
        "name": service.name,
        "privileges": _privileges_json(service.privileges),
    }
    for name in service.fields:
        if name == "permissions":
            out[name] = permissions_to_json(service.permissions)  # type: ignore[assignment]
        else:
            out[name] = getattr(service, name)
    return out


def _fields(token: AnyToken) -> dict[str, JSONValue]:
    if isinstance(token, AccessToken2):
        out: dict[str, JSONValue] = {
            "signature_hex": token.signature.hex(),
            "app_id": token.app_id,
            "issue_ts": token.issue_ts,
            "expire": token.expire,
            "salt": token.salt,
            "service_count": token.service_count,
            "services": [service_to_json(s) for s in token.services],
        }
        if token.stopped_at_unknown_service_type is not None:
            out["stopped_at_unknown_service_type"] = token.stopped_at_unknown_service_type
            out["unparsed_bytes"] = len(token.unparsed)
            out["unparsed_hex"] = token.unparsed.hex()
        else:
            out["trailing_bytes"] = len(token.trailing)
            if token.trailing:
                out["trailing_hex"] = token.trailing.hex()
        return out
    if isinstance(token, AccessToken):
        return {
            "app_id": token.app_id,
            "signature_hex": token.signature.hex(),
            "crc_channel_name": token.crc_channel_name,
            "crc_uid": token.crc_uid,
            "salt": token.salt,
            "ts": token.ts,
            "privileges": _privileges_json(token.privileges),
            "trailing_bytes": len(token.trailing) + len(token.message_trailing),
        }
    if isinstance(token, DynamicKey5):
        return {
            "service_type": token.service_type,
            "service_name": dynamic_key.DK5_SERVICE_NAMES.get(token.service_type, "unknown"),
            "signature": token.signature,
            "app_id": token.app_id,
            "unix_ts": token.unix_ts,
            "random_int": token.random_int,
            "expired_ts": token.expired_ts,
            "extra": {str(k): v for k, v in sorted(token.extra.items())},
            "trailing_bytes": len(token.trailing),
        }
    # The fixed-width keys and signaling: their fields are the JSON fields, in the same order.
    return {f.name: getattr(token, f.name) for f in dataclasses.fields(token)}
