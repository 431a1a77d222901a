"""A human view of a decoded token: labelled rows that the CLI prints and the GUI shows."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from dataclasses import dataclass

from . import access_token, access_token2, dynamic_key, expiry, timefmt
from .access_token import AccessToken
from .access_token2 import AccessToken2, Service
from .detect import EXTRACTED, FORMAT_NAMES, AnyToken, Decoded
from .dynamic_key import DynamicKey1, DynamicKey3, DynamicKey4, DynamicKey5
from .stream_key import KeyMap, StreamKey
from .whiteboard import BUILDER_TITLES, WhiteboardToken


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


def _relative_privilege(
    name: str, pid: int, seconds: int, issue_ts: int, now: int, tz: _dt.tzinfo | None
) -> Node:
    label = f"{name} ({pid})"
    if seconds == 0:
        return Node(
            label,
            "0 (no separate limit)",
            "A privilege value of 0 sets no limit of its own; the token expiry applies.",
            raw="0",
        )
    instant = issue_ts + seconds
    node = _instant(
        label, instant, now, tz, expiry=True, tooltip=f"{seconds} seconds after the issue time"
    )
    return Node(
        node.label,
        f"{timefmt.duration(seconds)} after issue → {node.value}",
        node.tooltip,
        node.status,
        raw=str(seconds),
    )


def _absolute_privilege(name: str, pid: int, instant: int, now: int, tz: _dt.tzinfo | None) -> Node:
    label = f"{name} ({pid})"
    if instant == 0:
        return Node(label, "0 (never expires)", "0 means no expiry by convention.", raw="0")
    return _instant(label, instant, now, tz, expiry=True)


def _service_node(
    index: int, service: Service, token: AccessToken2, now: int, tz: _dt.tzinfo | None
) -> Node:
    children: list[Node] = []
    for name in service.fields:
        if name == "uid":
            value = service.uid
            shown = '"" (any user: uid 0, wildcard)' if value == "" else repr(value)
            children.append(
                Node("uid", shown, 'Numeric uids are written as text; 0 as "".', raw=value)
            )
        elif name == "role":
            shown = f"{service.role}" + (" (no role)" if service.role == -1 else "")
            children.append(Node("role", shown, raw=str(service.role)))
        elif name == "permissions":
            children.append(_permissions_node(service))
        else:
            value = getattr(service, name)
            children.append(Node(name, repr(value) if value == "" else value, raw=value))
    privileges = [
        _relative_privilege(
            access_token2.privilege_name(service.type, pid), pid, seconds, token.issue_ts, now, tz
        )
        for pid, seconds in sorted(service.privileges.items())
    ]
    children.append(
        Node(
            "privileges", f"{len(privileges)}" if privileges else "none", children=tuple(privileges)
        )
    )
    return Node(
        f"[{index}] {service.name}",
        f"service type {service.type}",
        children=tuple(children),
        raw=str(service.type),
    )


def _permissions_node(service: Service) -> Node:
    resources: list[Node] = []
    for resource, by_permission in sorted(service.permissions.items()):
        perms = tuple(
            Node(
                f"{access_token2.PERMISSION_TYPE_NAMES.get(p, 'unknown')} ({p})",
                ", ".join(names) if names else "(none)",
                raw=str(p),
            )
            for p, names in sorted(by_permission.items())
        )
        resources.append(
            Node(
                f"{access_token2.RESOURCE_TYPE_NAMES.get(resource, 'unknown')} ({resource})",
                "" if perms else "(none)",
                children=perms,
                raw=str(resource),
            )
        )
    return Node("permissions", "" if resources else "(none)", children=tuple(resources))


def explain(
    decoded: Decoded | AnyToken, now: int, tz: _dt.tzinfo | None = None
) -> tuple[Node, ...]:
    """Rows for every field the format carries, with human names and times relative to ``now``."""
    token = decoded.token if isinstance(decoded, Decoded) else decoded
    rows: list[Node] = [
        Node("Format", f"{FORMAT_NAMES[token.format]} ({token.format})", raw=token.format)
    ]
    if isinstance(decoded, Decoded):
        rows.extend(
            Node(
                "Found" if r.code == EXTRACTED else "Repaired",
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
            _instant("Issued", token.issue_ts, now, tz),
            Node(
                "Lifetime",
                f"{token.expire} s ({timefmt.duration(token.expire)})",
                raw=str(token.expire),
            ),
            _instant("Expires", token.expires_at, now, tz, expiry=True),
            Node("Salt", str(token.salt)),
            Node(
                f"Services ({len(token.services)})",
                "",
                children=tuple(
                    _service_node(i, s, token, now, tz) for i, s in enumerate(token.services, 1)
                ),
            ),
        ]
        if token.stopped_at_unknown_service_type is not None:
            rows.append(
                Node(
                    "Unknown service",
                    f"type {token.stopped_at_unknown_service_type}: {len(token.unparsed)} bytes "
                    "not parsed (layout unknown; the signature still covers them)",
                    status="warning",
                    raw=token.unparsed.hex(),
                )
            )
        if token.trailing:
            rows.append(
                Node(
                    "Trailing bytes",
                    f"{len(token.trailing)} bytes after the services",
                    status="warning",
                    raw=token.trailing.hex(),
                )
            )
        rows.append(Node("Signature", token.signature.hex(), "HMAC-SHA256"))
    elif isinstance(token, AccessToken):
        rows += [
            _instant("Expires (ts)", token.ts, now, tz, expiry=True),
            Node("Salt", str(token.salt)),
            Node(
                "CRC-32 of channel",
                str(token.crc_channel_name),
                "The channel name itself is not in the token; verify to check it.",
            ),
            Node(
                "CRC-32 of uid",
                str(token.crc_uid) + (' (uid "", any user)' if token.crc_uid == 0 else ""),
                "The uid itself is not in the token; verify to check it.",
            ),
            Node(
                f"Privileges ({len(token.privileges)})",
                "",
                children=tuple(
                    _absolute_privilege(access_token.privilege_name(pid), pid, instant, now, tz)
                    for pid, instant in sorted(token.privileges.items())
                ),
            ),
            Node("Signature", token.signature.hex(), "HMAC-SHA256"),
        ]
    elif isinstance(token, DynamicKey5):
        service = dynamic_key.DK5_SERVICE_NAMES.get(token.service_type, "unknown")
        rows += [
            Node("Service", f"{service} ({token.service_type})", raw=str(token.service_type)),
            _instant("Generated", token.unix_ts, now, tz),
            _legacy_expiry(token.expired_ts, now, tz),
            Node("Random", str(token.random_int)),
        ]
        for key, value in sorted(token.extra.items()):
            if key == dynamic_key.ALLOW_UPLOAD_IN_CHANNEL:
                name = dynamic_key.DK5_PERMISSION_NAMES.get(value, "unknown")
                rows.append(Node("Permission", f"{value!r} ({name})", raw=value))
            else:
                rows.append(Node(f"Extra {key}", repr(value), raw=value))
        rows.append(Node("Signature", token.signature, "HMAC-SHA1, upper-case hex"))
    elif isinstance(token, (DynamicKey4, DynamicKey3, DynamicKey1)):
        rows.append(_instant("Generated", token.unix_ts, now, tz))
        if isinstance(token, DynamicKey3):
            rows.append(Node("uid", str(token.uid) + (" (any user)" if token.uid == 0 else "")))
        if not isinstance(token, DynamicKey1):
            rows.append(_legacy_expiry(token.expired_ts, now, tz))
        else:
            rows.append(Node("Expires", "never (DynamicKey v1 has no expiry)"))
        rows.append(Node("Random", f"{token.random_int} (0x{token.random_int:08x})"))
        if isinstance(token, DynamicKey4):
            rows.append(Node("Service", "not stored (ACS, ARS or APSS); verify to find out"))
        rows.append(Node("Signature", token.signature, "HMAC-SHA1"))
    else:
        rows += [
            _legacy_expiry(token.expired_ts, now, tz),
            Node("Signature", token.signature, "MD5"),
        ]
    return tuple(rows)


def effective_row(token: AnyToken, now: int, tz: _dt.tzinfo | None = None) -> Node:
    """The headline: when the token stops doing what it was built for (core/expiry.py)."""
    found = expiry.effective(token)
    return Node(
        "Effective expiry",
        found.words(now),
        "\n".join(found.lines(now)),
        expiry.STATUS[found.state(now)],
        raw="" if found.at is None else str(found.at),
    )


def _legacy_expiry(expired_ts: int, now: int, tz: _dt.tzinfo | None) -> Node:
    if expired_ts == 0:
        return Node("Expires", "0 (never)", raw="0")
    return _instant("Expires", expired_ts, now, tz, expiry=True)


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
            "Kind",
            f"{BUILDER_TITLES[token.builder]} token ({token.prefix})",
            "Project-wide rights over every room and task: keep SDK tokens on servers."
            if token.builder == "sdk"
            else "",
            "warning" if token.builder == "sdk" else "",
            raw=token.builder,
        ),
        Node("Role", f"{token.role} ({token.role_name})", raw=token.role or ""),
        Node("Access Key (AK)", token.ak or "", "Public: it names the key pair, it is not secret."),
    ]
    if token.builder != "sdk":
        label = "Room UUID" if token.builder == "room" else "Task UUID"
        rows.append(Node(label, token.uuid if token.uuid is not None else "(none)"))
    expire_ms = token.expire_at
    if expire_ms is None:
        rows.append(
            Node(
                "Expires",
                "never (no expireAt; Agora advises against permanent tokens)",
                status="warning",
            )
        )
    else:
        seconds = expire_ms // 1000
        rows.append(
            Node(
                "Expires (expireAt)",
                f"{expire_ms} ms: {timefmt.describe(seconds, now, tz)}",
                "Whiteboard times are milliseconds since 1970, not seconds.",
                "error" if seconds <= now else ("warning" if seconds - now <= 30 else "ok"),
                raw=str(expire_ms),
            )
        )
    nonce_ms = token.nonce_time_ms()
    nonce_text = token.nonce if token.nonce is not None else "(none)"
    if nonce_ms is not None:
        nonce_text += f" (time-based: made about {timefmt.describe(nonce_ms // 1000, now, tz)})"
    rows.append(Node("Nonce", nonce_text, raw=token.nonce or ""))
    rows.append(
        Node(
            "Signature",
            token.sig,
            "sig: HMAC-SHA256 of the signed JSON under the Secret Access Key; give the SK to "
            "check it.",
        )
    )
    rows.append(Node("Signed JSON", token.signed_json(), "The text whose HMAC is sig."))
    rows.append(Node("Query", token.query, "The decoded token text, still percent-encoded."))
    rows += [Node("Warning", w, status="warning") for w in token.warnings]
    return rows


def stream_key_rows(
    key: StreamKey, opened: KeyMap | None, now: int, tz: _dt.tzinfo | None
) -> list[Node]:
    """more-formats.md §S6: the IV and length, and with the certificate the map's entries."""
    rows = [
        Node("IV", key.iv.hex(), "16 random bytes in clear at the start of the key."),
        Node(
            "Length",
            f"{16 + len(key.ciphertext)} bytes ({len(key.ciphertext)} encrypted)",
            raw=str(16 + len(key.ciphertext)),
        ),
        Node("Ciphertext", key.ciphertext.hex(), "AES-128-CTR under the App Certificate."),
    ]
    if opened is None:
        rows.append(
            Node(
                "Contents",
                "encrypted: give the App Certificate to open it",
                "A stream key has no prefix: it is shown as one because nothing else matched. "
                "Only opening it with the App Certificate tells.",
                "warning",
            )
        )
    else:
        types = opened.msgpack_types
        uid = opened.uid
        rows += [
            Node("Channel", opened.channel_name, f"msgpack {types['C']}"),
            Node(
                "Host uid",
                f"{uid!r} ({'text' if isinstance(uid, str) else 'integer'})",
                f"msgpack {types['U']}",
                raw=str(uid),
            ),
            _instant(
                "Expires", opened.expires_at, now, tz, expiry=True, tooltip=f"msgpack {types['E']}"
            ),
            Node(
                "Template",
                opened.template_id if opened.template_id is not None else "default template",
            ),
        ]
        rows += [Node("Warning", w, status="warning") for w in opened.warnings]
    rows += [Node("Warning", w, status="warning") for w in key.warnings]
    return rows
