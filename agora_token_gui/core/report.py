"""A human view of a decoded token: labelled rows that the CLI prints and the GUI shows.

Labels, values and tooltips that are words are messages (core/text.py ``msg``): the CLI prints
their English, the GUI shows them translated. Identifiers stay as they are: field names of the
token format (``channel_name``, ``uid``), privilege names (``joinChannel``), service names (RTC,
RTM), hex and numbers; the privilege rows name what a privilege allows in their tooltip.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from . import access_token, access_token2, dynamic_key, expiry, timefmt
from .access_token import AccessToken
from .access_token2 import AccessToken2, Service
from .detect import EXTRACTED, FORMAT_NAMES, AnyToken, Decoded
from .dynamic_key import DynamicKey1, DynamicKey3, DynamicKey4, DynamicKey5
from .stream_key import KeyMap, StreamKey
from .text import Text, msg
from .whiteboard import BUILDER_TITLES, WhiteboardToken

# Words that the codec modules name things with (dynamic_key, whiteboard, access_token2), as
# messages; a name not listed here is shown as the codec gives it.
_NAMES: Final[Mapping[str, Text]] = {
    "media channel": msg("media channel"),
    "recording": msg("recording"),
    "public sharing": msg("public sharing"),
    "in-channel permission": msg("in-channel permission"),
    "no upload": msg("no upload"),
    "audio and video upload": msg("audio and video upload"),
    "unknown": msg("unknown"),
    "Room": msg("Room"),
    "Task": msg("Task"),
    "unknown role": msg("unknown role"),
    "no role": msg("no role"),
}


# The fields of 007 services (access_token2.SERVICE_FIELDS) as row labels: the wire names in
# English (as the JSON keys), words in other languages; uid stays uid everywhere.
_FIELD_LABELS: Final[Mapping[str, Text]] = {
    "channel_name": msg("channel_name"),
    "user_id": msg("user_id"),
    "account": msg("account"),
    "room_uuid": msg("room_uuid"),
    "user_uuid": msg("user_uuid"),
    "role": msg("role"),
    "permissions": msg("permissions"),
}


def field_label(name: str) -> str:
    """The row label of a 007 service field (see _FIELD_LABELS)."""
    return _FIELD_LABELS.get(name, name)


def report_name(name: str) -> str:
    """A codec's name for a thing, as a message when it is a word (see _NAMES)."""
    return name if isinstance(name, Text) else _NAMES.get(name, name)


def _lines(lines: Sequence[str]) -> str:
    """Lines joined by newlines, kept translatable line by line."""
    if not lines:
        return ""
    joined: str = lines[0]
    for line in lines[1:]:
        joined = msg("{above}\n{below}", above=joined, below=line)
    return joined


@dataclass(frozen=True, slots=True)
class Node:
    """One line of an explanation: a label, a value, a status and the lines under it."""

    label: str
    value: str = ""
    tooltip: str = ""
    status: str = ""  # "", "ok", "warning" or "error": colours the row
    children: tuple[Node, ...] = ()
    raw: str = ""  # the raw value (ids, numbers) where the label gives a human name

    def walk(self, depth: int = 0) -> Iterator[tuple[int, Node]]:
        """This node and every node under it, with their depth."""
        yield depth, self
        for child in self.children:
            yield from child.walk(depth + 1)


def _instant(
    label: str,
    instant: int,
    now: int,
    tz: _dt.tzinfo | None,
    *,
    expiry: bool = False,
    tooltip: str = "",
) -> Node:
    status = ""
    if expiry:
        status = "error" if instant <= now else ("warning" if instant - now <= 30 else "ok")
    return Node(label, timefmt.describe(instant, now, tz), tooltip, status, raw=str(instant))


def _allows(capability: str | None, tooltip: str = "") -> str:
    """A privilege row's tooltip, led by what the privilege allows (core/expiry.py's names)."""
    if capability is None:
        return tooltip
    if not tooltip:
        return msg("Allows {capability}.", capability=capability)
    return msg("Allows {capability}. {details}", capability=capability, details=tooltip)


def _relative_privilege(
    name: str,
    pid: int,
    seconds: int,
    issue_ts: int,
    now: int,
    tz: _dt.tzinfo | None,
    capability: str | None = None,
) -> Node:
    label = f"{name} ({pid})"  # identifiers: the privilege's name in the SDKs and its id
    if seconds == 0:
        return Node(
            label,
            msg("0 (no separate limit)"),
            _allows(
                capability,
                msg("A privilege value of 0 sets no limit of its own; the token expiry applies."),
            ),
            raw="0",
        )
    instant = issue_ts + seconds
    tooltip = msg("{seconds} seconds after the issue time", seconds=seconds)
    node = _instant(label, instant, now, tz, expiry=True, tooltip=_allows(capability, tooltip))
    return Node(
        node.label,
        msg("{duration} after issue → {when}", duration=timefmt.duration(seconds), when=node.value),
        node.tooltip,
        node.status,
        raw=str(seconds),
    )


def _absolute_privilege(name: str, pid: int, instant: int, now: int, tz: _dt.tzinfo | None) -> Node:
    label = f"{name} ({pid})"
    capability = expiry.CAPABILITIES_006.get(pid)
    if instant == 0:
        return Node(
            label,
            msg("0 (never expires)"),
            _allows(capability, msg("0 means no expiry by convention.")),
            raw="0",
        )
    return _instant(label, instant, now, tz, expiry=True, tooltip=_allows(capability))


def _service_node(
    index: int, service: Service, token: AccessToken2, now: int, tz: _dt.tzinfo | None
) -> Node:
    children: list[Node] = []
    for name in service.fields:
        if name == "uid":
            value = service.uid
            shown = msg('"" (any user: uid 0, wildcard)') if value == "" else repr(value)
            children.append(
                Node("uid", shown, msg('Numeric uids are written as text; 0 as "".'), raw=value)
            )
        elif name == "role":
            role = str(service.role)
            shown = msg("{role} (no role)", role=role) if service.role == -1 else role
            children.append(Node(field_label("role"), shown, raw=role))
        elif name == "permissions":
            children.append(_permissions_node(service))
        else:
            value = getattr(service, name)
            shown = repr(value) if value == "" else value
            children.append(Node(field_label(name), shown, raw=value))
    allowed = expiry.CAPABILITIES_007.get(service.type, {})
    privileges = [
        _relative_privilege(
            access_token2.privilege_name(service.type, pid),
            pid,
            seconds,
            token.issue_ts,
            now,
            tz,
            allowed.get(pid),
        )
        for pid, seconds in sorted(service.privileges.items())
    ]
    children.append(
        Node(
            msg("privileges"),
            f"{len(privileges)}" if privileges else msg("none"),
            children=tuple(privileges),
        )
    )
    return Node(
        f"[{index}] {service.name}",  # the service's name is an identifier (RTC, RTM, Chat ...)
        msg("service type {type}", type=service.type),
        children=tuple(children),
        raw=str(service.type),
    )


def _permissions_node(service: Service) -> Node:
    resources: list[Node] = []
    for resource, by_permission in sorted(service.permissions.items()):
        perms = tuple(
            Node(
                _id_or_unknown(access_token2.PERMISSION_TYPE_NAMES.get(p), p),
                ", ".join(names) if names else msg("(none)"),
                raw=str(p),
            )
            for p, names in sorted(by_permission.items())
        )
        resources.append(
            Node(
                _id_or_unknown(access_token2.RESOURCE_TYPE_NAMES.get(resource), resource),
                "" if perms else msg("(none)"),
                children=perms,
                raw=str(resource),
            )
        )
    return Node(
        field_label("permissions"), "" if resources else msg("(none)"), children=tuple(resources)
    )


def _id_or_unknown(name: str | None, number: int) -> str:
    """``read (0)`` (identifiers of the format), or ``unknown (7)``."""
    if name is None:
        return msg("unknown ({number})", number=number)
    return f"{name} ({number})"


def explain(
    decoded: Decoded | AnyToken, now: int, tz: _dt.tzinfo | None = None
) -> tuple[Node, ...]:
    """Rows for every field the format carries, with human names and times relative to ``now``."""
    token = decoded.token if isinstance(decoded, Decoded) else decoded
    rows: list[Node] = [
        Node(
            msg("Format"),
            msg("{name} ({code})", name=FORMAT_NAMES[token.format], code=token.format),
            raw=token.format,
        )
    ]
    if isinstance(decoded, Decoded):
        rows.extend(
            Node(
                msg("Found") if r.code == EXTRACTED else msg("Repaired"),
                r.message,
                status="" if r.code == EXTRACTED else "warning",
                raw=r.code,
            )
            for r in decoded.repairs
        )
    rows.append(effective_row(token, now, tz))
    if isinstance(token, WhiteboardToken):
        return (*rows, *_whiteboard_rows(token, now, tz))
    if isinstance(token, StreamKey):
        return (*rows, *stream_key_rows(token, None, now, tz))
    rows.append(Node("App ID", token.app_id))
    if isinstance(token, AccessToken2):
        rows += [
            _instant(msg("Issued"), token.issue_ts, now, tz),
            Node(
                msg("Lifetime"),
                msg(
                    "{seconds} s ({duration})",
                    seconds=token.expire,
                    duration=timefmt.duration(token.expire),
                ),
                raw=str(token.expire),
            ),
            _instant(msg("Expires"), token.expires_at, now, tz, expiry=True),
            Node(msg("Salt"), str(token.salt)),
            Node(
                msg("Services ({count})", count=len(token.services)),
                "",
                children=tuple(
                    _service_node(i, s, token, now, tz) for i, s in enumerate(token.services, 1)
                ),
            ),
        ]
        if token.stopped_at_unknown_service_type is not None:
            rows.append(
                Node(
                    msg("Unknown service"),
                    msg(
                        "type {type}: {count} bytes not parsed (layout unknown; the signature "
                        "still covers them)",
                        type=token.stopped_at_unknown_service_type,
                        count=len(token.unparsed),
                    ),
                    status="warning",
                    raw=token.unparsed.hex(),
                )
            )
        if token.trailing:
            rows.append(
                Node(
                    msg("Trailing bytes"),
                    msg("{count} bytes after the services", count=len(token.trailing)),
                    status="warning",
                    raw=token.trailing.hex(),
                )
            )
        rows.append(Node(msg("Signature"), token.signature.hex(), "HMAC-SHA256"))
    elif isinstance(token, AccessToken):
        rows += [
            _instant(msg("Expires (ts)"), token.ts, now, tz, expiry=True),
            Node(msg("Salt"), str(token.salt)),
            Node(
                msg("CRC-32 of channel"),
                str(token.crc_channel_name),
                msg("The channel name itself is not in the token; verify to check it."),
            ),
            Node(
                msg("CRC-32 of uid"),
                msg('{crc} (uid "", any user)', crc=token.crc_uid)
                if token.crc_uid == 0
                else str(token.crc_uid),
                msg("The uid itself is not in the token; verify to check it."),
            ),
            Node(
                msg("Privileges ({count})", count=len(token.privileges)),
                "",
                children=tuple(
                    _absolute_privilege(access_token.privilege_name(pid), pid, instant, now, tz)
                    for pid, instant in sorted(token.privileges.items())
                ),
            ),
            Node(msg("Signature"), token.signature.hex(), "HMAC-SHA256"),
        ]
    elif isinstance(token, DynamicKey5):
        service = report_name(dynamic_key.DK5_SERVICE_NAMES.get(token.service_type, "unknown"))
        rows += [
            Node(
                msg("Service"),
                msg("{name} ({code})", name=service, code=token.service_type),
                raw=str(token.service_type),
            ),
            _instant(msg("Generated"), token.unix_ts, now, tz),
            _legacy_expiry(token.expired_ts, now, tz),
            Node(msg("Random"), str(token.random_int)),
        ]
        for key, value in sorted(token.extra.items()):
            if key == dynamic_key.ALLOW_UPLOAD_IN_CHANNEL:
                name = report_name(dynamic_key.DK5_PERMISSION_NAMES.get(value, "unknown"))
                rows.append(
                    Node(
                        msg("Permission"),
                        msg("{value} ({meaning})", value=repr(value), meaning=name),
                        raw=value,
                    )
                )
            else:
                rows.append(Node(msg("Extra {key}", key=key), repr(value), raw=value))
        rows.append(Node(msg("Signature"), token.signature, msg("HMAC-SHA1, upper-case hex")))
    elif isinstance(token, (DynamicKey4, DynamicKey3, DynamicKey1)):
        rows.append(_instant(msg("Generated"), token.unix_ts, now, tz))
        if isinstance(token, DynamicKey3):
            shown = msg("{uid} (any user)", uid=token.uid) if token.uid == 0 else str(token.uid)
            rows.append(Node("uid", shown))
        if not isinstance(token, DynamicKey1):
            rows.append(_legacy_expiry(token.expired_ts, now, tz))
        else:
            rows.append(Node(msg("Expires"), msg("never (DynamicKey v1 has no expiry)")))
        rows.append(Node(msg("Random"), f"{token.random_int} (0x{token.random_int:08x})"))
        if isinstance(token, DynamicKey4):
            rows.append(
                Node(msg("Service"), msg("not stored (ACS, ARS or APSS); verify to find out"))
            )
        rows.append(Node(msg("Signature"), token.signature, "HMAC-SHA1"))
    else:
        rows += [
            _legacy_expiry(token.expired_ts, now, tz),
            Node(msg("Signature"), token.signature, "MD5"),
        ]
    return tuple(rows)


def effective_row(token: AnyToken, now: int, tz: _dt.tzinfo | None = None) -> Node:
    """The headline: when the token stops doing what it was built for (core/expiry.py)."""
    found = expiry.effective(token)
    return Node(
        msg("Effective expiry"),
        found.words(now),
        _lines(found.lines(now)),
        expiry.STATUS[found.state(now)],
        raw="" if found.at is None else str(found.at),
    )


def _legacy_expiry(expired_ts: int, now: int, tz: _dt.tzinfo | None) -> Node:
    if expired_ts == 0:
        return Node(msg("Expires"), msg("0 (never)"), raw="0")
    return _instant(msg("Expires"), expired_ts, now, tz, expiry=True)


def render_text(rows: tuple[Node, ...]) -> str:
    """Indented text for the CLI: ``label : value`` with nested rows under their parent."""
    lines: list[str] = []
    for row in rows:
        for depth, node in row.walk():
            pad = "  " * depth
            label = f"{pad}{node.label}"
            lines.append(f"{label:<24} {node.value}".rstrip() if node.value else label)
    return "\n".join(lines)


def _whiteboard_rows(token: WhiteboardToken, now: int, tz: _dt.tzinfo | None) -> list[Node]:
    """more-formats.md §W6: kind, role, AK, uuid, expiry in ms, nonce, sig and the query."""
    rows = [
        Node(
            msg("Kind"),
            msg(
                "{builder} token ({prefix})",
                builder=report_name(BUILDER_TITLES[token.builder]),
                prefix=token.prefix,
            ),
            msg("Project-wide rights over every room and task: keep SDK tokens on servers.")
            if token.builder == "sdk"
            else "",
            "warning" if token.builder == "sdk" else "",
            raw=token.builder,
        ),
        Node(
            msg("Role"),
            msg("{value} ({meaning})", value=str(token.role), meaning=report_name(token.role_name)),
            raw=token.role or "",
        ),
        Node(
            msg("Access Key (AK)"),
            token.ak or "",
            msg("Public: it names the key pair, it is not secret."),
        ),
    ]
    if token.builder != "sdk":
        label = msg("Room UUID") if token.builder == "room" else msg("Task UUID")
        rows.append(Node(label, token.uuid if token.uuid is not None else msg("(none)")))
    expire_ms = token.expire_at
    if expire_ms is None:
        rows.append(
            Node(
                msg("Expires"),
                msg("never (no expireAt; Agora advises against permanent tokens)"),
                status="warning",
            )
        )
    else:
        seconds = expire_ms // 1000
        rows.append(
            Node(
                msg("Expires (expireAt)"),
                msg("{ms} ms: {when}", ms=expire_ms, when=timefmt.describe(seconds, now, tz)),
                msg("Whiteboard times are milliseconds since 1970, not seconds."),
                "error" if seconds <= now else ("warning" if seconds - now <= 30 else "ok"),
                raw=str(expire_ms),
            )
        )
    nonce_ms = token.nonce_time_ms()
    nonce_text: str = token.nonce if token.nonce is not None else msg("(none)")
    if nonce_ms is not None:
        nonce_text = msg(
            "{nonce} (time-based: made about {when})",
            nonce=nonce_text,
            when=timefmt.describe(nonce_ms // 1000, now, tz),
        )
    rows.append(Node(msg("Nonce"), nonce_text, raw=token.nonce or ""))
    rows.append(
        Node(
            msg("Signature"),
            token.sig,
            msg(
                "sig: HMAC-SHA256 of the signed JSON under the Secret Access Key; give the SK to "
                "check it."
            ),
        )
    )
    rows.append(Node(msg("Signed JSON"), token.signed_json(), msg("The text whose HMAC is sig.")))
    rows.append(
        Node(msg("Query"), token.query, msg("The decoded token text, still percent-encoded."))
    )
    rows += [Node(msg("Warning"), w, status="warning") for w in token.warnings]
    return rows


def stream_key_rows(
    key: StreamKey, opened: KeyMap | None, now: int, tz: _dt.tzinfo | None
) -> list[Node]:
    """more-formats.md §S6: the IV and length, and with the certificate the map's entries."""
    rows = [
        Node("IV", key.iv.hex(), msg("16 random bytes in clear at the start of the key.")),
        Node(
            msg("Length"),
            msg(
                "{total} bytes ({encrypted} encrypted)",
                total=16 + len(key.ciphertext),
                encrypted=len(key.ciphertext),
            ),
            raw=str(16 + len(key.ciphertext)),
        ),
        Node(
            msg("Ciphertext"),
            key.ciphertext.hex(),
            msg("AES-128-CTR under the App Certificate."),
        ),
    ]
    if opened is None:
        rows.append(
            Node(
                msg("Contents"),
                msg("encrypted: give the App Certificate to open it"),
                msg(
                    "A stream key has no prefix: it is shown as one because nothing else "
                    "matched. Only opening it with the App Certificate tells."
                ),
                "warning",
            )
        )
    else:
        types = opened.msgpack_types
        uid = opened.uid
        rows += [
            Node(msg("Channel"), opened.channel_name, f"msgpack {types['C']}"),
            Node(
                msg("Host uid"),
                msg("{uid} (text)", uid=repr(uid))
                if isinstance(uid, str)
                else msg("{uid} (integer)", uid=repr(uid)),
                f"msgpack {types['U']}",
                raw=str(uid),
            ),
            _instant(
                msg("Expires"),
                opened.expires_at,
                now,
                tz,
                expiry=True,
                tooltip=f"msgpack {types['E']}",
            ),
            Node(
                msg("Template"),
                opened.template_id if opened.template_id is not None else msg("default template"),
            ),
        ]
        rows += [Node(msg("Warning"), w, status="warning") for w in opened.warnings]
    rows += [Node(msg("Warning"), w, status="warning") for w in key.warnings]
    return rows
