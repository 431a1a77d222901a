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
from .text import Text, msg
from .whiteboard import WhiteboardToken

ERROR: Final = "error"
WARNING: Final = "warning"
WHITEBOARD_WRITE: Final = "whiteboard-write"
WHITEBOARD_READ: Final = "whiteboard-read"
STREAM_PUBLISH: Final = "stream-publish"
ACTIONS: Final = (WHITEBOARD_WRITE, WHITEBOARD_READ, STREAM_PUBLISH)
TITLES: Final[dict[str, Text]] = {
    "reader_cannot_write": msg("A reader token cannot write on the whiteboard"),
    "room_mismatch": msg("The token is for another room or task"),
    "stream_key_unopened": msg("The stream key could not be checked"),
}
# A whiteboard token's builder as the sentences name it ("sdk" tokens name no UUID).
_BUILDER_WORDS: Final[dict[str, Text]] = {"room": msg("room"), "task": msg("task")}

FindingTuple = tuple[str, str, str, str]  # code, severity, message, fix (Text)


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
                msg(
                    "The whiteboard token expired at {expired} (expireAt {ms} ms), before "
                    "{moment}.",
                    expired=timefmt.utc_text(expire_ms // 1000),
                    ms=expire_ms,
                    moment=timefmt.utc_text(ctx.at),
                ),
                msg("Make a new token; whiteboard lifespans are milliseconds (3600000 = 1 h)."),
            )
        )
    if ctx.action == WHITEBOARD_WRITE and token.role == "2":
        found.append(
            (
                "reader_cannot_write",
                ERROR,
                msg("The token's role is 2 (reader): it can watch the whiteboard but not write."),
                msg("Make a writer (1) or admin (0) token for users who draw or edit."),
            )
        )
    if ctx.room_uuid is not None:
        if token.builder == "sdk":
            gaps.append(msg("An SDK token is valid for every room and task; no UUID to compare."))
        elif token.uuid != ctx.room_uuid:
            builder = _BUILDER_WORDS.get(token.builder, token.builder)
            found.append(
                (
                    "room_mismatch",
                    ERROR,
                    msg(
                        "The token is for the {builder} {uuid!r}, not {wanted!r}.",
                        builder=builder,
                        uuid=token.uuid,
                        wanted=ctx.room_uuid,
                    ),
                    msg("Make the token with the {builder} UUID the app joins.", builder=builder),
                )
            )
    if ctx.secret_access_key:
        result = whiteboard.verify(token, ctx.secret_access_key)
        if not result.valid:
            found.append(
                (
                    "signature_invalid",
                    ERROR,
                    msg(
                        "The Secret Access Key given did not sign this token. {note}",
                        note=result.note,
                    )
                    if result.note.strip()
                    else msg("The Secret Access Key given did not sign this token."),
                    msg(
                        "Use the SK that belongs to the token's Access Key ({ak}); both are in "
                        "Agora Console > Whiteboard.",
                        ak=token.ak,
                    ),
                )
            )
    else:
        gaps.append(msg("No Secret Access Key given: the signature was not checked."))
    return found, gaps


def check_stream_key(key: StreamKey, ctx: KeyContext) -> tuple[list[FindingTuple], list[str]]:
    found: list[FindingTuple] = []
    if not ctx.app_certificate:
        return found, [msg("A stream key is encrypted: give the App Certificate to check it.")]
    if not stream_key.aes_available():
        missing = stream_key.CryptographyMissingError()
        first = missing.args[0] if missing.args else ""
        return found, [first if isinstance(first, str) else str(missing)]
    opening = stream_key.open_key(key, ctx.app_certificate)
    if opening.key_map is None:
        found.append(
            (
                "signature_invalid",
                ERROR,
                opening.reason,
                msg(
                    "Make the key with the App Certificate of the project whose ingest domain "
                    "the stream goes to."
                ),
            )
        )
        return found, []
    opened = opening.key_map
    if opened.expires_at <= ctx.at:
        found.append(
            (
                "expired",
                ERROR,
                msg(
                    "The stream key expired at {expired}, before {moment}.",
                    expired=timefmt.utc_text(opened.expires_at),
                    moment=timefmt.utc_text(ctx.at),
                ),
                msg("Make a new key with a longer expires_after."),
            )
        )
    if ctx.channel_name is not None and opened.channel_name != ctx.channel_name:
        found.append(
            (
                "channel_mismatch",
                ERROR,
                msg(
                    "The stream key publishes to channel {channel!r}, not {wanted!r}.",
                    channel=opened.channel_name,
                    wanted=ctx.channel_name,
                ),
                msg("Make the key for the channel the audience joins."),
            )
        )
    if ctx.uid is not None and str(opened.uid) != ctx.uid:
        found.append(
            (
                "uid_mismatch",
                ERROR,
                msg(
                    "The stream key publishes as uid {uid!r}, not {wanted!r}.",
                    uid=opened.uid,
                    wanted=ctx.uid,
                ),
                msg("Make the key for the host uid the app expects."),
            )
        )
    return found, []
