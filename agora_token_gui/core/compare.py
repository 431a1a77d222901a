"""Compare two tokens field by field and say which differences can explain a failure.

"The console's token works, mine does not": both are decoded and laid out as the same list of
fields (format, App ID, times, each service with its fields and privileges, ...). Fields whose
values differ are the differences. A random salt, the signature that follows from it and the
compression of a 007 token (token-formats.md §13.1) never explain a failure; two tokens that
differ only in those are *equivalent*.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from . import access_token, access_token2, dynamic_key, expiry, timefmt
from .access_token import AccessToken
from .access_token2 import AccessToken2, Service
from .detect import EXTRACTED, REPAIRED_WHITESPACE, Decoded, JSONValue, decode
from .dynamic_key import DynamicKey1, DynamicKey3, DynamicKey4, DynamicKey5
from .encoding import b64decode
from .errors import MalformedTokenError
from .report import field_label, report_name
from .signaling import SignalingToken
from .stream_key import StreamKey
from .text import msg
from .whiteboard import WhiteboardToken

# The words are messages (core/text.py): English in the CLI and JSON, translated in the GUI.
ABSENT: Final = msg("(absent)")
_MATERIAL: Final = "material"
_SALT: Final = "salt"
_SIGNATURE: Final = "signature"
_TIME: Final = "time"  # matters only when it changes whether the token works at the moment
_REPAIRS: Final = "repairs"
_TRAILING: Final = msg("Trailing bytes")
_NEVER: Final = msg("never")
_SIGNATURE_LABEL: Final = msg("Signature")

# Why a difference in a field can make one token work and the other fail.
_WHY: Final[Mapping[str, str]] = {
    "format": msg("SDKs and services accept different formats; 007 is the current one."),
    "app_id": msg("A token works only for the App ID it was made for."),
    "issue_ts": msg("The expiry is counted from the issue time; a future issue time is refused."),
    "expire": msg("The lifetime decides when the token expires."),
    "expires_at": msg("A token is refused after its expiry."),
    "service": msg("Without the service the token cannot be used for that product."),
    "channel_name": msg("The token works only for this channel."),
    "room_uuid": msg("The token works only for this room."),
    "uid": msg('The token works only for this uid or account ("" = any).'),
    "account": msg('The token works only for this account ("" = any).'),
    "user_id": msg("The token works only for this user id."),
    "user_uuid": msg("The token works only for this user."),
    "role": msg("The role decides what the user may do."),
    "permissions": msg("RTM2 permissions decide which channels and users may be used."),
    "privilege": msg("A privilege decides what the user may do, and until when."),
    "crc": msg("Only a CRC-32 is stored: the token was made for another name."),
    "unix_ts": msg("When the key was made."),
    "service_type": msg("The service decides what the key can be used for."),
    "permission": msg("The permission decides whether the user may upload."),
    "repairs": msg("A token that needed repairs fails if the app passes it unrepaired."),
    "effective": msg("The token stops working when its first needed privilege lapses."),
    "unparsed": msg("The parts this tool cannot read differ too."),
}
# Fields that a legacy key signs but does not store: equal visible fields prove nothing there.
_HIDDEN: Final[Mapping[str, str]] = {
    "005": msg("channel and uid"),
    "004": msg("channel, uid and service"),
    "003": msg("channel"),
    "002": msg("channel"),
    "001": msg("channel"),
    "signaling": msg("account"),
}


@dataclass(frozen=True, slots=True)
class Difference:
    """One field that differs between two tokens, and whether it can explain a failure."""

    field: str
    a: str
    b: str
    can_explain_failure: bool
    note: str


@dataclass(frozen=True, slots=True)
class Comparison:
    """``equivalent``: no difference that can change whether Agora accepts the token."""

    equivalent: bool
    format_a: str | None
    format_b: str | None
    differences: tuple[Difference, ...]
    notes: tuple[str, ...] = ()
    at: int | None = None  # the moment the times were judged at

    @property
    def explaining(self) -> tuple[Difference, ...]:
        """Differences that can explain why one token works and the other fails."""
        return tuple(d for d in self.differences if d.can_explain_failure)

    @property
    def no_effect(self) -> tuple[Difference, ...]:
        """Differences with no effect on whether Agora accepts the token."""
        return tuple(d for d in self.differences if not d.can_explain_failure)

    def to_json(self) -> dict[str, JSONValue]:
        """The difference as JSON."""
        return {
            "equivalent": self.equivalent,
            "format_a": self.format_a,
            "format_b": self.format_b,
            "differences": [
                {
                    "field": d.field,
                    "a": d.a,
                    "b": d.b,
                    "can_explain_failure": d.can_explain_failure,
                    "note": d.note,
                }
                for d in self.differences
            ],
            "notes": list(self.notes),
        }


@dataclass(frozen=True, slots=True)
class _Field:
    key: str  # pairs the field across the two tokens
    label: str
    value: str
    why: str = "format"  # a key of _WHY
    kind: str = _MATERIAL
    parent: str | None = None  # compared only when the parent is in both tokens
    summary: str = ""  # shown instead of ``value`` when the other token lacks the field


def _instant(ts: int) -> str:
    return msg("{utc} ({instant})", utc=timefmt.utc_text(ts), instant=ts)


def _text(value: str) -> str:
    return repr(value)


def _privilege_007(seconds: int) -> str:
    if seconds == 0:
        return msg("0 (no separate limit)")
    return msg(
        "{seconds} s after issue ({duration})",
        seconds=seconds,
        duration=timefmt.duration(seconds),
    )


def _privilege_006(instant: int) -> str:
    return msg("0 (never expires)") if instant == 0 else _instant(instant)


def _listed(items: list[str]) -> str:
    """Items joined by "; ", translatable item by item."""
    joined = items[0]
    for item in items[1:]:
        joined = msg("{clauses}; {clause}", clauses=joined, clause=item)
    return joined


def _service_fields(service: Service, key: str, label: str) -> list[_Field]:
    summary = [
        f"{name} {getattr(service, name)!r}"
        for name in service.fields
        if name not in ("permissions", "role")
    ]
    ids = ", ".join(map(str, sorted(service.privileges)))
    summary.append(msg("privileges {ids}", ids=ids) if ids else msg("privileges none"))
    fields = [_Field(key, label, msg("present"), "service", summary=_listed(summary))]
    for name in service.fields:
        if name == "permissions":
            value = json.dumps(access_token2.permissions_to_json(service.permissions))
        elif name == "role":
            value = str(service.role)
        else:
            value = _text(getattr(service, name))
        fields.append(
            _Field(
                f"{key}:{name}",
                msg("{service}: {field}", service=label, field=field_label(name)),
                value,
                name,
                parent=key,
            )
        )
    for pid, seconds in sorted(service.privileges.items()):
        privilege = f"{access_token2.privilege_name(service.type, pid)} ({pid})"
        fields.append(
            _Field(
                f"{key}:privilege:{pid}",
                msg("{service}: {field}", service=label, field=privilege),
                _privilege_007(seconds),
                "privilege",
                _TIME,
                parent=key,
            )
        )
    return fields


def _fields_007(token: AccessToken2) -> list[_Field]:
    fields = [
        _Field("app_id", "App ID", token.app_id, "app_id"),
        _Field("issue_ts", msg("Issue time"), _instant(token.issue_ts), "issue_ts", _TIME),
        _Field(
            "expire",
            msg("Lifetime"),
            msg(
                "{seconds} s ({duration})",
                seconds=token.expire,
                duration=timefmt.duration(token.expire),
            ),
            "expire",
            _TIME,
        ),
        _Field("expires_at", msg("Expiry"), _instant(token.expires_at), "expires_at", _TIME),
        _Field("salt", msg("Salt"), str(token.salt), kind=_SALT),
    ]
    totals = Counter(s.type for s in token.services)
    seen: Counter[int] = Counter()
    for service in token.services:
        seen[service.type] += 1
        number = seen[service.type]
        label = (
            msg("{name} service #{number}", name=service.name, number=number)
            if totals[service.type] > 1
            else msg("{name} service", name=service.name)
        )
        fields += _service_fields(service, f"service:{service.type}:{number}", label)
    if token.stopped_at_unknown_service_type is not None:
        fields.append(
            _Field(
                "unparsed",
                msg("Unparsed services"),
                msg(
                    "from type {type}: {hex}",
                    type=token.stopped_at_unknown_service_type,
                    hex=token.unparsed.hex(),
                ),
                "unparsed",
            )
        )
    if token.trailing:
        fields.append(_Field("trailing", _TRAILING, token.trailing.hex(), "unparsed"))
    if token.after_zlib:  # not signed: a token that differs only here is not the same token
        fields.append(
            _Field("after_zlib", msg("Bytes after the body"), token.after_zlib.hex(), "unparsed")
        )
    fields.append(_Field("signature", _SIGNATURE_LABEL, token.signature.hex(), kind=_SIGNATURE))
    return fields


def _fields_006(token: AccessToken) -> list[_Field]:
    fields = [
        _Field("app_id", "App ID", token.app_id, "app_id"),
        _Field("expires_at", msg("Expiry (ts)"), _instant(token.ts), "expires_at", _TIME),
        _Field("salt", msg("Salt"), str(token.salt), kind=_SALT),
        _Field("crc_channel", msg("Channel (CRC-32)"), str(token.crc_channel_name), "crc"),
        _Field(
            "crc_uid",
            "uid (CRC-32)",
            _any_uid(token.crc_uid),
            "crc",
        ),
    ]
    for pid, instant in sorted(token.privileges.items()):
        fields.append(
            _Field(
                f"privilege:{pid}",
                msg("Privilege {name} ({pid})", name=access_token.privilege_name(pid), pid=pid),
                _privilege_006(instant),
                "privilege",
                _TIME,
            )
        )
    if token.trailing or token.message_trailing:
        extra = (token.message_trailing + token.trailing).hex()
        fields.append(_Field("trailing", _TRAILING, extra, "unparsed"))
    fields.append(_Field("signature", _SIGNATURE_LABEL, token.signature.hex(), kind=_SIGNATURE))
    return fields


def _any_uid(uid: int) -> str:
    return msg("{uid} (any uid)", uid=uid) if uid == 0 else str(uid)


def _fields_legacy(
    token: DynamicKey5 | DynamicKey4 | DynamicKey3 | DynamicKey1 | SignalingToken,
) -> list[_Field]:
    fields = [_Field("app_id", "App ID", token.app_id, "app_id")]
    if isinstance(token, DynamicKey5):
        name = report_name(dynamic_key.DK5_SERVICE_NAMES.get(token.service_type, "unknown"))
        fields.append(
            _Field(
                "service_type",
                msg("Service"),
                msg("{name} ({code})", name=name, code=token.service_type),
                "service_type",
            )
        )
        for key, value in sorted(token.extra.items()):
            fields.append(
                _Field(f"extra:{key}", msg("Extra {key}", key=key), _text(value), "permission")
            )
    if not isinstance(token, SignalingToken):
        fields.append(
            _Field("unix_ts", msg("Generated"), _instant(token.unix_ts), "unix_ts", _TIME)
        )
        fields.append(_Field("random", msg("Random"), str(token.random_int), kind=_SALT))
    if isinstance(token, DynamicKey3):
        fields.append(_Field("uid", "uid", _any_uid(token.uid), "uid"))
    if not isinstance(token, DynamicKey1):
        expiry = token.expires_at
        shown = msg("0 (never)") if expiry == 0 else _instant(expiry)
        fields.append(_Field("expires_at", msg("Expiry"), shown, "expires_at", _TIME))
    fields.append(_Field("signature", _SIGNATURE_LABEL, token.signature, kind=_SIGNATURE))
    return fields


def _fields_whiteboard(token: WhiteboardToken) -> list[_Field]:
    fields = [
        _Field("builder", msg("Kind"), token.builder, "format"),
        _Field("ak", "Access Key", _text(token.ak or ""), "app_id"),
        _Field(
            "role",
            msg("Role"),
            msg("{value} ({meaning})", value=str(token.role), meaning=report_name(token.role_name)),
            "role",
        ),
    ]
    if token.uuid is not None:
        fields.append(_Field("room_uuid", msg("Room/Task UUID"), _text(token.uuid), "room_uuid"))
    expire = token.expire_at
    shown = (
        _NEVER
        if expire is None
        else msg("{when}, {ms} ms", when=_instant(expire // 1000), ms=expire)
    )
    fields.append(_Field("expires_at", msg("Expiry"), shown, "expires_at"))
    fields.append(_Field("signature", _SIGNATURE_LABEL, token.sig, kind=_SIGNATURE))
    return fields


def _fields(decoded: Decoded) -> list[_Field]:
    token = decoded.token
    fields = [
        _Field(
            "format",
            msg("Format"),
            msg("{name} ({code})", name=decoded.format_name, code=decoded.format),
        )
    ]
    if isinstance(token, AccessToken2):
        fields += _fields_007(token)
    elif isinstance(token, AccessToken):
        fields += _fields_006(token)
    elif isinstance(token, WhiteboardToken):
        fields += _fields_whiteboard(token)
    elif isinstance(token, StreamKey):  # without the certificate only the IV shows
        fields.append(_Field("iv", "IV", token.iv.hex(), "format"))  # an identifier
    else:
        fields += _fields_legacy(token)
    messages = [r.message for r in decoded.repairs]
    repairs = _listed(messages) if messages else msg("none")
    harmless = all(r.code in (REPAIRED_WHITESPACE, EXTRACTED) for r in decoded.repairs)
    kind = _REPAIRS if harmless else _MATERIAL
    fields.append(_Field("repairs", msg("Repairs to decode"), repairs, "repairs", kind))
    effective = expiry.effective(decoded)
    shown = _NEVER if effective.at is None else _instant(effective.at)
    fields.append(_Field("effective", msg("Effective expiry"), shown, "effective", _TIME))
    return fields


def _merge(a: list[_Field], b: list[_Field]) -> list[str]:
    """Keys of both lists in a natural order: a's order, b's extra keys after their neighbour."""
    order = [f.key for f in a]
    known = set(order)
    position = 0
    for field in b:
        if field.key in known:
            position = order.index(field.key) + 1
        else:
            order.insert(position, field.key)
            known.add(field.key)
            position += 1
    return order


def _zlib_header(text: str) -> str:
    return b64decode(text[3:], "token")[:2].hex(" ")


def _works_at(decoded: Decoded, now: int) -> str:
    """Whether the token works at ``now`` as far as times go: a short phrase."""
    token = decoded.token
    if isinstance(token, AccessToken2) and token.issue_ts > now:
        return msg("not yet valid (issued in the future)")
    state = expiry.effective(decoded).state(now)
    return msg("expired") if state == expiry.EXPIRED else msg("valid")


def compare(a: str, b: str, *, now: int | None = None) -> Comparison:
    """Decode both tokens and list their differences, those that can explain a failure first.

    ``now`` is the moment of the failure (default: the clock). Times that differ (issue time,
    lifetime, expiries, privilege times) explain a failure only when they make one token work
    at that moment and not the other; otherwise they have no effect, like the salt, the
    signature that follows from it, the compression of a 007 token and whitespace repairs.

    Raises:
        MalformedTokenError: either text is not a token (the message says which, A or B).
    """
    at = int(time.time()) if now is None else now
    decoded_a = _decode(a, "A")
    decoded_b = _decode(b, "B")
    works_a, works_b = _works_at(decoded_a, at), _works_at(decoded_b, at)
    fields_a = {f.key: f for f in _fields(decoded_a)}
    fields_b = {f.key: f for f in _fields(decoded_b)}
    differences: list[Difference] = []
    signature: tuple[_Field, _Field] | None = None
    for key in _merge(list(fields_a.values()), list(fields_b.values())):
        fa, fb = fields_a.get(key), fields_b.get(key)
        field = fa or fb
        assert field is not None
        parent = field.parent
        if parent is not None and (parent not in fields_a or parent not in fields_b):
            continue  # the whole service is reported as present in one token only
        va, vb = (fa.value if fa else ABSENT), (fb.value if fb else ABSENT)
        if va == vb:
            continue
        if fa is None or fb is None:
            va, vb = (f.summary or f.value if f else ABSENT for f in (fa, fb))
        if field.kind == _SIGNATURE and fa is not None and fb is not None:
            signature = (fa, fb)
            continue
        if field.kind == _SALT:
            differences.append(
                Difference(
                    field.label,
                    va,
                    vb,
                    False,
                    msg("A random value: it changes the signature, never what the token allows."),
                )
            )
            continue
        if all(f is None or f.kind == _REPAIRS for f in (fa, fb)):
            differences.append(
                Difference(
                    field.label,
                    va,
                    vb,
                    False,
                    msg(
                        "Whitespace, quotes or surrounding text from pasting: the token inside "
                        "is what was compared."
                    ),
                )
            )
            continue
        if field.kind == _TIME and fa is not None and fb is not None and works_a == works_b:
            differences.append(
                Difference(
                    field.label,
                    va,
                    vb,
                    False,
                    msg(
                        "Both tokens are {state} at the moment compared ({utc}); this time does "
                        "not change that.",
                        state=works_a,
                        utc=timefmt.utc_text(at),
                    ),
                )
            )
            continue
        note = _WHY[field.why]
        if field.kind == _TIME:
            note = msg(
                "{why} At {utc} token A is {a}, token B {b}.",
                why=note,
                utc=timefmt.utc_text(at),
                a=works_a,
                b=works_b,
            )
        differences.append(Difference(field.label, va, vb, True, note))
    notes: list[str] = []
    material = any(d.can_explain_failure for d in differences)
    hidden = _HIDDEN.get(decoded_a.format) if decoded_a.format == decoded_b.format else None
    if signature is not None:
        sa, sb = signature
        if differences:
            differences.append(
                Difference(
                    _SIGNATURE_LABEL,
                    sa.value,
                    sb.value,
                    False,
                    msg("Follows from the other differences; it cannot show the certificate."),
                )
            )
        else:
            differences.append(
                Difference(
                    _SIGNATURE_LABEL,
                    sa.value,
                    sb.value,
                    True,
                    msg(
                        "Same content and salt, different signature: signed with different App "
                        "Certificates, or a different {hidden} (signed but not stored).",
                        hidden=hidden,
                    )
                    if hidden
                    else msg(
                        "Same content and salt, different signature: signed with different App "
                        "Certificates."
                    ),
                )
            )
            material = True
    elif decoded_a.text != decoded_b.text and decoded_a.format == "007" == decoded_b.format:
        differences.append(
            Difference(
                msg("Encoding"),
                _encoding(decoded_a.text),
                _encoding(decoded_b.text),
                False,
                msg(
                    "Same payload compressed differently (another zlib level or library); only "
                    "the decoded content counts."
                ),
            )
        )
    if hidden and signature is not None and not material:
        notes.append(
            msg(
                "A {format} does not store the {hidden}: they may still differ there, which no "
                "comparison without the certificate can see.",
                format=decoded_a.format_name,
                hidden=hidden,
            )
        )
    ranked = sorted(differences, key=lambda d: not d.can_explain_failure)
    return Comparison(
        equivalent=not material,
        format_a=decoded_a.format,
        format_b=decoded_b.format,
        differences=tuple(ranked),
        notes=tuple(notes),
        at=at,
    )


def _encoding(text: str) -> str:
    return msg(
        "{count} characters, zlib header {header}", count=len(text), header=_zlib_header(text)
    )


def _decode(text: str, which: str) -> Decoded:
    try:
        return decode(text)
    except MalformedTokenError as exc:
        first = exc.args[0] if len(exc.args) == 1 else None
        reason = first if isinstance(first, str) else str(exc)  # keeps a message translatable
        raise MalformedTokenError(
            msg("Token {which}: {reason}", which=which, reason=reason)
        ) from exc
