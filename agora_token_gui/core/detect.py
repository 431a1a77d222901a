"""Decode any text: detect the format (token-formats.md §9), repair what is unambiguous, say so."""

from __future__ import annotations

import dataclasses
import re
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Final, TypeAlias

from . import access_token, access_token2, dynamic_key, expiry, signaling, stream_key, whiteboard
from .access_token import AccessToken
from .access_token2 import AccessToken2, permissions_to_json
from .dynamic_key import DynamicKey1, DynamicKey3, DynamicKey4, DynamicKey5
from .encoding import is_hex
from .errors import MalformedTokenError, TokenError, UnknownFormatError
from .signaling import SignalingToken
from .stream_key import StreamKey
from .text import msg
from .whiteboard import WhiteboardToken

AnyToken: TypeAlias = (
    AccessToken2
    | AccessToken
    | DynamicKey5
    | DynamicKey4
    | DynamicKey3
    | DynamicKey1
    | SignalingToken
    | WhiteboardToken
    | StreamKey
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
    "signaling": msg("Signaling token"),
    "whiteboard": msg("Whiteboard token"),
    "stream_key": msg("Media Gateway stream key"),
}
LEGACY_FORMATS: Final = frozenset({"006", "005", "004", "003", "002", "001", "signaling"})

REPAIRED_WHITESPACE: Final = "repaired_whitespace"
REPAIRED_URL_ENCODING: Final = "repaired_url_encoding"

_QUOTES: Final = ('"', "'", "`", "\u201c\u201d", "\u2018\u2019")
_PERCENT: Final = re.compile(r"%(?:2[bBfF]|3[dD])")
_BASE64_PREFIXES: Final = ("007", "006", "005")
_NOTHING_TO_REPAIR: Final = re.compile(r"[A-Za-z0-9+/=:]*\Z")
_UNDID_PERCENT: Final = msg("Undid URL percent-encoding (%2B, %2F, %3D).")


@dataclass(frozen=True, slots=True)
class Repair:
    """A change made to pasted text before it decoded, with the sentence that says so."""

    code: str  # REPAIRED_WHITESPACE or REPAIRED_URL_ENCODING (also a diagnose finding code)
    message: str


@dataclass(frozen=True, slots=True)
class Decoded:
    """A decoded token, the exact text that was decoded, and what was repaired to get there."""

    token: AnyToken
    text: str
    repairs: tuple[Repair, ...] = ()
    # Further tokens in the same text, or other readings of an ambiguous repair: offered, never
    # chosen silently.
    alternatives: tuple[Decoded, ...] = ()

    @property
    def format(self) -> str:
        """The decoded token's format (007, 006 ...)."""
        return self.token.format

    @property
    def format_name(self) -> str:
        """The decoded token's format in words."""
        return FORMAT_NAMES[self.token.format]


def repair(text: str) -> tuple[str, tuple[Repair, ...]]:
    """Undo what copying and URLs do to tokens, but only where the intent is unambiguous."""
    repairs: list[Repair] = []
    stripped = text.strip()
    if stripped != text:
        repairs.append(Repair(REPAIRED_WHITESPACE, msg("Removed whitespace around the token.")))
    for quote in _QUOTES:
        opening, closing = quote[0], quote[-1]
        if len(stripped) >= 2 and stripped[0] == opening and stripped[-1] == closing:
            stripped = stripped[1:-1].strip()
            repairs.append(Repair(REPAIRED_WHITESPACE, msg("Removed the quotes around the token.")))
            break
    breaks = sum(stripped.count(c) for c in "\r\n\t")
    if breaks:
        stripped = re.sub(r"[\r\n\t]+", "", stripped)
        removed = (
            msg("Removed {count} line break or tab inside the token.", count=breaks)
            if breaks == 1
            else msg("Removed {count} line breaks or tabs inside the token.", count=breaks)
        )
        repairs.append(Repair(REPAIRED_WHITESPACE, removed))
    if _PERCENT.search(stripped):
        stripped = urllib.parse.unquote(stripped)
        repairs.append(Repair(REPAIRED_URL_ENCODING, _UNDID_PERCENT))
    if " " in stripped and stripped.startswith(_BASE64_PREFIXES):
        count = stripped.count(" ")
        stripped = stripped.replace(" ", "+")
        turned = (
            msg(
                "Turned {count} space back into '+': a URL or form field had changed them.",
                count=count,
            )
            if count == 1
            else msg(
                "Turned {count} spaces back into '+': a URL or form field had changed them.",
                count=count,
            )
        )
        repairs.append(Repair(REPAIRED_URL_ENCODING, turned))
    return stripped, tuple(repairs)


# --- the formats, in the detection order of token-formats.md §9 ---------------------------------
# One entry per format: a new format plugs in here (and in FORMAT_NAMES) and nothing else.

_B64_RUN: Final = r"(?:[A-Za-z0-9+/=_\-%]|\\/)+"  # Base64, URL-safe, percent-encoded, JSON '\/'
_BEFORE_WORD: Final = r"(?<![A-Za-z0-9+/])"


@dataclass(frozen=True, slots=True)
class Format:
    """How to recognise one format: as a whole text, and where it may start in running text."""

    code: str
    noun: str  # "a 007 token", used in "Found a 007 token in ..."
    claims: Callable[[str], bool]  # the whole text has this format's shape
    decoder: Callable[[str], AnyToken]
    finder: re.Pattern[str]  # the format inside running text
    base64_from: int | None = None  # Base64 starts here (None: no Base64 repairs apply)


def _hex_of(length: int, prefix: str = "") -> Callable[[str], bool]:
    return lambda text: len(text) == length and text.startswith(prefix) and is_hex(text)


_HEX_FINDER: Final = re.compile(r"(?<![0-9A-Za-z])[0-9A-Fa-f]{90,113}(?![0-9A-Za-z])")

FORMATS: Final[tuple[Format, ...]] = (
    Format(
        "signaling",
        msg("a signaling token"),
        lambda text: text.startswith("1:"),
        signaling.decode,
        re.compile(r"(?<![\w:])1:[^:\s\"'&<>]+:\d{1,20}:[0-9A-Fa-f]{32}(?![0-9A-Za-z])"),
    ),
    Format("001", msg("a DynamicKey (v1) key"), _hex_of(90), dynamic_key.decode1, _HEX_FINDER),
    Format("002", msg("a DynamicKey2 key"), _hex_of(110), dynamic_key.decode2, _HEX_FINDER),
    Format("003", msg("a DynamicKey3 key"), _hex_of(113, "003"), dynamic_key.decode3, _HEX_FINDER),
    Format("004", msg("a DynamicKey4 key"), _hex_of(103, "004"), dynamic_key.decode4, _HEX_FINDER),
    Format(
        "007",
        msg("a 007 token"),
        lambda text: text.startswith("007"),
        access_token2.decode,
        re.compile(_BEFORE_WORD + "007" + _B64_RUN),
        3,
    ),
    Format(
        "006",
        msg("a 006 token"),
        lambda text: text.startswith("006"),
        access_token.decode,
        re.compile(_BEFORE_WORD + "006[0-9A-Za-z]{32}" + _B64_RUN),
        35,
    ),
    Format(
        "005",
        msg("a DynamicKey5 key"),
        lambda text: text.startswith("005"),
        dynamic_key.decode5,
        re.compile(_BEFORE_WORD + "005" + _B64_RUN),
        3,
    ),
    Format(
        "whiteboard",
        msg("a whiteboard token"),
        whiteboard.is_whiteboard,
        whiteboard.decode,
        re.compile(r"(?<![A-Za-z0-9_])NETLESS(?:SDK|ROOM|TASK)_[A-Za-z0-9_\-+/=]+"),
    ),
    # No prefix at all: last, only when nothing else matched, and only "may be" until it is
    # opened with the App Certificate (more-formats.md §S8.3); never picked out of running text.
    Format(
        "stream_key",
        msg("a Media Gateway stream key"),
        stream_key.looks_like_stream_key,
        stream_key.decode,
        re.compile(r"(?!)"),
    ),
)
_BY_CODE: Final[Mapping[str, Format]] = {f.code: f for f in FORMATS}


def decode_exact(text: str) -> AnyToken:
    """Decode text that must be a token exactly as given (no repairs).

    Raises:
        UnknownFormatError: it is not any known format.
        MalformedTokenError: it has a known format's shape but is damaged.
    """
    for candidate in FORMATS:
        if candidate.claims(text):
            return candidate.decoder(text)
    raise UnknownFormatError(_why_unknown(text))


def decode_whole(text: str) -> Decoded:
    """Decode text that is one token, undoing only what copying does around and inside it."""
    # The usual cases first: a whole 007 or 006 token. Their decoders accept only Base64 after
    # the prefix (and, for 006, after the App ID checked here), so text they accept has nothing
    # to repair, and is no dynamic key either (those start with 003 or 004, or are 90 or 110 hex
    # digits: after 007 or 006, such lengths leave no multiple of 4 for Base64). The steps below
    # would decode it in the same way; anything the decoders refuse takes those steps.
    if text.startswith("007"):
        try:
            return Decoded(access_token2.decode(text), text)
        except MalformedTokenError:
            pass
    elif text.startswith("006") and _NOTHING_TO_REPAIR.match(text, 0, 35):
        try:
            return Decoded(access_token.decode(text), text)
        except MalformedTokenError:
            pass
    if _NOTHING_TO_REPAIR.match(text):  # no whitespace, quotes or '%': repair() changes nothing
        return Decoded(decode_exact(text), text)
    fixed, repairs = repair(text)
    return Decoded(decode_exact(fixed), fixed, repairs)


def decode(text: str) -> Decoded:
    """Detect the format of pasted text and decode it (no signature check).

    Text that is one token (give or take whitespace, quotes and URL damage) decodes as such.
    Otherwise the token is looked for inside the text (URLs, log lines, JSON, quotes, wrapped
    lines; see ``find_all``): the first one found is returned, each repair said in a sentence,
    and any further tokens (or other readings of an ambiguous repair) in ``alternatives``.

    Raises:
        UnknownFormatError: there is no token in the text (the message says what was looked for).
        MalformedTokenError: the text is, or holds, something shaped like a token that is damaged.
    """
    try:
        return decode_whole(text)
    except MalformedTokenError as whole_error:
        error: MalformedTokenError = whole_error
    found, damaged = _search(text)
    if not found:
        if damaged is not None and text[damaged[0] :].strip() != text.strip():
            raise damaged[1] from None  # a damaged token inside other text: say which
        if isinstance(error, UnknownFormatError) and _is_running(text):
            raise UnknownFormatError(_nothing_found(text)) from None
        raise error
    first, *others = found
    if not others:
        return first
    note = Repair(
        EXTRACTED,
        msg(
            "The text holds {count} tokens or readings; this is the first, and the others are "
            "offered too.",
            count=len(found),
        ),
    )
    return Decoded(first.token, first.text, (*first.repairs, note), tuple(others))


def find_all(text: str) -> tuple[Decoded, ...]:
    """Every token in ``text``, in order, each with the repairs that found it; () when none.

    Where a repair is ambiguous (one space inside a token: a stray space, or a '+' that a URL
    turned into a space), every reading that decodes is returned, each saying what it assumed.
    """
    try:
        return (decode_whole(text),)
    except MalformedTokenError:
        pass
    return _search(text)[0]


# --- finding tokens inside running text ------------------------------------------------------

EXTRACTED: Final = "extracted"  # the token was taken out of surrounding text
REPAIRED_BASE64: Final = "repaired_base64"  # URL-safe alphabet or '=' padding restored

_MAX_RUNS: Final = 64  # token-shaped runs examined in one text
_MAX_PIECES: Final = 40  # wrapped lines (or space-split pieces) joined to one token
_GAP: Final = re.compile(r"(?P<line>[ \t]*\r?\n[ \t>]*)|(?P<space> )")
_PIECE: Final = re.compile(_B64_RUN)
_KEY_BEFORE: Final = re.compile(
    r"(?P<sep>[?&#;]?)(?P<key>[A-Za-z_][\w.\-]{0,40})(?P<quote>[\"']?)\s*(?P<op>=|:)\s*"
    r"(?P<open>[\"'`\u201c\u2018]?)\Z"
)
_QUOTE_BEFORE: Final = re.compile(r"[\"'`\u201c\u2018]\Z")
_THE_TEXT: Final = msg("the text")


def _nothing_found(text: str) -> str:
    body = " ".join(text.split())
    shown = body[:24] + ("…" if len(body) > 24 else "")
    return msg(
        "This text ({text}) is not an Agora token and holds none: looked in its URL parameters, "
        "log fields, JSON values, quoted strings and words for tokens starting with '007', '006' "
        "or '005', signaling tokens ('1:…') and dynamic keys of 90 to 113 hex digits.",
        text=repr(shown),
    )


def _is_running(text: str) -> bool:
    """Text with words (several whitespace-separated parts) or key=value syntax around a token."""
    body = text.strip()
    return len(body.split()) > 1 or any(c in body for c in "?&{}\"'`<>")


def _where(text: str, start: int) -> str:
    """Where a token starting at ``start`` sits: a URL parameter, a log field, JSON, quotes."""
    before = text[max(0, start - 60) : start]
    match = _KEY_BEFORE.search(before)
    if match is not None:
        key = match["key"]
        context = text[max(0, start - 2000) : start]
        if match["sep"] and match["op"] == "=":
            url = context.split()[-1] if context.split() else ""
            if "#" in url:
                return msg("a URL's `{key}` fragment parameter", key=key)
            return msg("a URL's `{key}` parameter", key=key)
        if match["quote"] and match["op"] == ":" and "{" in context:
            return msg("a JSON snippet's `{key}` field", key=key)
        return msg("a log line's `{key}` field", key=key)
    if _QUOTE_BEFORE.search(before):
        return msg("quotes")
    return _THE_TEXT


def _stands_alone(text: str, start: int, stop: int) -> bool:
    """A token in running text is a word of its own: nothing but spacing or brackets around it."""
    before = text[start - 1] if start else " "
    after = text[stop] if stop < len(text) else " "
    return (before.isspace() or before in "([{<>,;") and (after.isspace() or after in ")]}>.,;!?")


def _base64_repairs(
    text: str, fmt: Format
) -> list[tuple[str, tuple[Repair, ...]]]:  # readings to try, the plain one first
    repairs: list[Repair] = []
    fixed = text
    if "\\/" in fixed:
        fixed = fixed.replace("\\/", "/")
        repairs.append(Repair(REPAIRED_URL_ENCODING, msg("Undid JSON's '\\/' escaping of '/'.")))
    if _PERCENT.search(fixed):
        fixed = urllib.parse.unquote(fixed)
        repairs.append(Repair(REPAIRED_URL_ENCODING, _UNDID_PERCENT))
    if fmt.base64_from is None:
        return [(fixed, tuple(repairs))]
    head, body = fixed[: fmt.base64_from], fixed[fmt.base64_from :]
    if "-" in body or "_" in body:
        body = body.replace("-", "+").replace("_", "/")
        repairs.append(
            Repair(
                REPAIRED_BASE64,
                msg("Turned URL-safe Base64 ('-' and '_') back into the '+' and '/' tokens use."),
            )
        )
    readings = [(head + body, tuple(repairs))]
    missing = -len(body.rstrip("=")) % 4
    if missing in (1, 2) and len(body) % 4:
        padded = body.rstrip("=") + "=" * missing
        added = (
            msg("Added the missing '=' padding at the end.")
            if missing == 1
            else msg("Added the missing '==' padding at the end.")
        )
        readings.append((head + padded, (*repairs, Repair(REPAIRED_BASE64, added))))
    return readings


def _attempt(text: str, fmt: Format) -> tuple[Decoded | None, MalformedTokenError | None]:
    """Decode one token-shaped piece as ``fmt``, with the Base64 repairs it may need."""
    first_error: MalformedTokenError | None = None
    for reading, repairs in _base64_repairs(text, fmt):
        if not fmt.claims(reading):
            continue
        try:
            return Decoded(fmt.decoder(reading), reading, repairs), None
        except MalformedTokenError as exc:
            first_error = first_error or exc
    return None, first_error


def _joined_readings(text: str, fmt: Format, start: int, end: int) -> tuple[list[Decoded], int]:
    """A token cut by wrapped lines or one space: join the following pieces until it decodes."""
    pieces = [text[start:end]]
    gaps: list[str] = []
    position = end
    for _ in range(_MAX_PIECES):
        gap = _GAP.match(text, position)
        if gap is None:
            break
        piece = _PIECE.match(text, gap.end())
        if piece is None:
            break
        gaps.append("line" if gap["line"] is not None else "space")
        pieces.append(piece.group())
        position = piece.end()
        spaces = gaps.count("space")
        lines = len(gaps) - spaces
        options = [""] if spaces == 0 else ["", "+"]
        found: list[Decoded] = []
        for joiner in options:
            joined = pieces[0]
            for kind, next_piece in zip(gaps, pieces[1:], strict=True):
                joined += (joiner if kind == "space" else "") + next_piece
            decoded, _ = _attempt(joined, fmt)
            if decoded is None:
                continue
            notes: list[Repair] = []
            if lines:
                notes.append(
                    Repair(
                        REPAIRED_WHITESPACE,
                        msg(
                            "Joined {count} lines: the token had been wrapped (as e-mail does).",
                            count=lines + 1,
                        ),
                    )
                )
            if spaces:
                notes.append(_space_repair(spaces, joiner == ""))
            found.append(Decoded(decoded.token, decoded.text, (*notes, *decoded.repairs)))
        if found:
            return found, position
    return [], end


def _space_repair(spaces: int, removed: bool) -> Repair:
    """Spaces inside a token, removed (stray) or turned into '+' (a URL changed them)."""
    if removed:
        return Repair(
            REPAIRED_WHITESPACE,
            msg("Removed {count} stray space inside the token.", count=spaces)
            if spaces == 1
            else msg("Removed {count} stray spaces inside the token.", count=spaces),
        )
    return Repair(
        REPAIRED_URL_ENCODING,
        msg(
            "Turned {count} space inside the token into '+' (a URL or form field had changed "
            "them).",
            count=spaces,
        )
        if spaces == 1
        else msg(
            "Turned {count} spaces inside the token into '+' (a URL or form field had changed "
            "them).",
            count=spaces,
        ),
    )


def _search(text: str) -> tuple[tuple[Decoded, ...], tuple[int, MalformedTokenError] | None]:
    """Tokens inside running text, and the first damaged token-shaped piece (for its reason)."""
    runs: list[tuple[int, int, Format]] = []
    for fmt in FORMATS:
        for match in fmt.finder.finditer(text):
            if fmt.claims(match.group()) or fmt.base64_from is not None:
                runs.append((match.start(), match.end(), fmt))
    runs.sort(key=lambda run: (run[0], -(run[1] - run[0])))
    found: list[Decoded] = []
    seen: set[str] = set()
    damaged: tuple[int, MalformedTokenError] | None = None
    covered = 0
    for start, end, fmt in runs[:_MAX_RUNS]:
        if start < covered:
            continue  # inside a token already found (a hex key is also "007…"-shaped, …)
        where = _where(text, start)
        decoded, error = _attempt(text[start:end], fmt)
        readings = [decoded] if decoded is not None else []
        stop = end
        if not readings and fmt.base64_from is not None:
            readings, stop = _joined_readings(text, fmt, start, end)
        if not readings:
            if damaged is None and error is not None and end - start >= 16:
                damaged = (
                    start,
                    MalformedTokenError(
                        msg(
                            "Found what looks like {noun} in {where}, but it does not decode: "
                            "{reason}",
                            noun=fmt.noun,
                            where=where,
                            reason=expiry.first_letter(_message(error), upper=False),
                        )
                    ),
                )
            continue
        if where is _THE_TEXT and not _stands_alone(text, start, stop):
            continue  # part of a longer word ("00:" + a DynamicKey2 is no key): no guessing
        covered = stop
        body = text.strip()
        whole = text.startswith(body, start) and stop == start + len(body)
        for reading in readings:
            if reading.text in seen:
                continue
            seen.add(reading.text)
            if whole:  # the text is this token, give or take the repairs listed
                found.append(reading)
                continue
            place = Repair(EXTRACTED, msg("Found {noun} in {where}.", noun=fmt.noun, where=where))
            found.append(Decoded(reading.token, reading.text, (place, *reading.repairs)))
    return tuple(found), damaged


def _message(error: BaseException) -> str:
    """An exception's message, still a message when it is one (``str(error)`` is English)."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, str) else str(error)


def _why_unknown(text: str) -> str:
    if not text:
        return msg("The text is empty; paste an Agora token or dynamic key.")
    if is_hex(text):
        return msg(
            "This is {count} hexadecimal characters, which is no known key: DynamicKey v1 has "
            "90, DynamicKey4 103 (starting '004'), DynamicKey2 110 and DynamicKey3 113 (starting "
            "'003').",
            count=len(text),
        )
    shown = text[:12] + ("…" if len(text) > 12 else "")
    return msg(
        "This is not an Agora token: tokens start with '007', '006' or '005', signaling tokens "
        "with '1:', and older dynamic keys are 90 to 113 hex digits; this text is {text}.",
        text=repr(shown),
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
    if isinstance(decoded, Decoded) and decoded.alternatives:
        out["other_tokens"] = [
            {
                "format": other.format,
                "token": other.text,
                "repairs": [r.message for r in other.repairs],
            }
            for other in decoded.alternatives
        ]
    return out


def _privileges_json(privileges: Mapping[int, int]) -> dict[str, JSONValue]:
    return {str(k): v for k, v in sorted(privileges.items())}


def service_to_json(service: access_token2.Service) -> dict[str, JSONValue]:
    """A 007 service as requests.md JSON (type, name, privileges and its fields)."""
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
        if token.after_zlib:  # outside the signature (issue 14 item 8)
            out["after_compressed_bytes"] = len(token.after_zlib)
            out["after_compressed_hex"] = token.after_zlib.hex()
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
    if isinstance(token, WhiteboardToken):
        return _without_format(whiteboard.to_json(token))
    if isinstance(token, StreamKey):
        return _without_format(stream_key.to_json(token))
    # The fixed-width keys and signaling: their fields are the JSON fields, in the same order.
    return {f.name: getattr(token, f.name) for f in dataclasses.fields(token)}


def expiry_of(text: str) -> expiry.Expiry | None:
    """The effective expiry of a token string (core.expiry), or None when it does not decode."""
    try:
        return expiry.effective(decode_exact(text))
    except TokenError:
        return None


def _without_format(data: Mapping[str, object]) -> dict[str, JSONValue]:
    return {k: v for k, v in data.items() if k != "format"}  # type: ignore[misc]
