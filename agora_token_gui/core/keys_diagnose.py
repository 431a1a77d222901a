"""Diagnose findings for whiteboard tokens and stream keys (issue #11), for core/diagnose.py.

Pure functions from a decoded token and what the app used to findings ``(code, severity,
message, fix)`` and gaps (what could not be checked). Whiteboard: expired, a reader asked to
write, another room or task, signature invalid. Stream key: it does not open with the
certificate, expired, another channel or uid.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from . import stream_key, timefmt, whiteboard
from .stream_key import StreamKey
from .whiteboard import WhiteboardToken

ERROR: Final = "error"
WARNING: Final = "warning"
WHITEBOARD_WRITE: Final = "whiteboard-write"
WHITEBOARD_READ: Final = "whiteboard-read"
STREAM_PUBLISH: Final = "stream-publish"
ACTIONS: Final = (WHITEBOARD_WRITE, WHITEBOARD_READ, STREAM_PUBLISH)
TITLES: Final = {
    "reader_cannot_write": "A reader token cannot write on the whiteboard",
    "room_mismatch": "The token is for another room or task",
    "stream_key_unopened": "The stream key could not be checked",
}

FindingTuple = tuple[str, str, str, str]  # code, severity, message, fix


@dataclass(frozen=True, slots=True)
class KeyContext:
    """What the app used: every part optional."""

    at: int  # unix seconds of the failure
    action: str | None = None
    secret_access_key: str | None = None  # whiteboard
    room_uuid: str | None = None  # whiteboard room or task UUID
    app_certificate: str | None = None  # stream key
    channel_name: str | None = None  # stream key
    uid: str | None = None  # stream key host uid, as text


def default_action(token: object) -> str:
    return STREAM_PUBLISH if isinstance(token, StreamKey) else WHITEBOARD_READ


def check_whiteboard(
    token: WhiteboardToken, ctx: KeyContext
) -> tuple[list[FindingTuple], list[str]]:
    found: list[FindingTuple] = []
    gaps: list[str] = []
    expire_ms = token.expire_at
    if expire_ms is not None and expire_ms <= ctx.at * 1000:
        found.append(
            (
                "expired",
                ERROR,
                f"The whiteboard token expired at {timefmt.utc_text(expire_ms // 1000)} "
                f"(expireAt {expire_ms} ms), before {timefmt.utc_text(ctx.at)}.",
                "Make a new token; whiteboard lifespans are milliseconds (3600000 = 1 h).",
            )
        )
    if ctx.action == WHITEBOARD_WRITE and token.role == "2":
        found.append(
            (
                "reader_cannot_write",
                ERROR,
                "The token's role is 2 (reader): it can watch the whiteboard but not write.",
                "Make a writer (1) or admin (0) token for users who draw or edit.",
            )
        )
    if ctx.room_uuid is not None:
        if token.builder == "sdk":
            gaps.append("An SDK token is valid for every room and task; no UUID to compare.")
        elif token.uuid != ctx.room_uuid:
            found.append(
                (
                    "room_mismatch",
                    ERROR,
                    f"The token is for the {token.builder} {token.uuid!r}, not {ctx.room_uuid!r}.",
                    f"Make the token with the {token.builder} UUID the app joins.",
                )
            )
    if ctx.secret_access_key:
        result = whiteboard.verify(token, ctx.secret_access_key)
        if not result.valid:
            found.append(
                (
                    "signature_invalid",
                    ERROR,
                    " ".join(
                        ("The Secret Access Key given did not sign this token.", result.note)
                    ).strip(),
                    "Use the SK that belongs to the token's Access Key "
                    f"({token.ak}); both are in Agora Console > Whiteboard.",
                )
            )
    else:
        gaps.append("No Secret Access Key given: the signature was not checked.")
    return found, gaps


def check_stream_key(key: StreamKey, ctx: KeyContext) -> tuple[list[FindingTuple], list[str]]:
    found: list[FindingTuple] = []
    if not ctx.app_certificate:
        return found, ["A stream key is encrypted: give the App Certificate to check it."]
    if not stream_key.aes_available():
        return found, [str(stream_key.CryptographyMissingError())]
    opening = stream_key.open_key(key, ctx.app_certificate)
    if opening.key_map is None:
        found.append(
            (
                "signature_invalid",
                ERROR,
                opening.reason,
                "Make the key with the App Certificate of the project whose ingest domain "
                "the stream goes to.",
            )
        )
        return found, []
    opened = opening.key_map
    if opened.expires_at <= ctx.at:
        found.append(
            (
                "expired",
                ERROR,
                f"The stream key expired at {timefmt.utc_text(opened.expires_at)}, before "
                f"{timefmt.utc_text(ctx.at)}.",
                "Make a new key with a longer expires_after.",
            )
        )
    if ctx.channel_name is not None and opened.channel_name != ctx.channel_name:
        found.append(
            (
                "channel_mismatch",
                ERROR,
                f"The stream key publishes to channel {opened.channel_name!r}, not "
                f"{ctx.channel_name!r}.",
                "Make the key for the channel the audience joins.",
            )
        )
    if ctx.uid is not None and str(opened.uid) != ctx.uid:
        found.append(
            (
                "uid_mismatch",
                ERROR,
                f"The stream key publishes as uid {opened.uid!r}, not {ctx.uid!r}.",
                "Make the key for the host uid the app expects.",
            )
        )
    return found, []
