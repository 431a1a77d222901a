"""What a valid signature does not vouch for: the parts of a token outside it, or unusual in it.

A 007 token's signature covers the bytes inside its zlib stream, nothing after it; a token may
hold a service type twice (Agora's server parser keeps the last one) or a type this tool cannot
read (its privileges then cannot be checked). None of this changes whether the signature is
valid, so each is stated as a note that verify, diff and diagnose show beside their verdicts
(``trailing_data``, ``duplicate_service``, ``unknown_service``).

A 006 token stores only CRC-32s of its channel and uid, and the signature does not cover them:
:func:`crc_note` says so when a valid signature sits beside a CRC that names something else.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Final

from .access_token2 import AccessToken2, Service, service_name
from .text import Text, msg

TRAILING_DATA: Final = "trailing_data"
DUPLICATE_SERVICE: Final = "duplicate_service"
UNKNOWN_SERVICE: Final = "unknown_service"
CRC_NOT_SIGNED: Final = "crc_not_signed"

TITLES: Final[dict[str, Text]] = {
    TRAILING_DATA: msg("Bytes the token's signature does not cover"),
    DUPLICATE_SERVICE: msg("A service appears twice; Agora keeps the last"),
    UNKNOWN_SERVICE: msg("A service this tool cannot read"),
    CRC_NOT_SIGNED: msg("The channel/uid CRC-32 is not signed"),
}


@dataclass(frozen=True, slots=True)
class Note:
    """One structural finding: a code for support tickets, a sentence, and what to do (Text)."""

    code: str
    message: str
    fix: str


def notes_007(token: AccessToken2) -> tuple[Note, ...]:
    """Trailing data, duplicated service types and unknown service types of a 007 token."""
    notes: list[Note] = []
    if token.after_zlib:
        notes.append(
            Note(
                TRAILING_DATA,
                msg(
                    "{count} bytes follow the token's compressed body; the signature does not "
                    "cover them and Agora's builders never write them, so the token was changed "
                    "after it was made.",
                    count=len(token.after_zlib),
                ),
                msg("Use the token exactly as the token server built it."),
            )
        )
    if token.trailing:
        notes.append(
            Note(
                TRAILING_DATA,
                msg(
                    "{count} bytes follow the last service inside the token; they are signed but "
                    "no service layout explains them, and Agora's builders never write them.",
                    count=len(token.trailing),
                ),
                msg("Build the token again with an Agora builder."),
            )
        )
    counts = Counter(s.type for s in token.services)
    for service_type, count in sorted(counts.items()):
        if count < 2:
            continue
        same = [s for s in token.services if s.type == service_type]
        kept = _describe(same[-1])
        values = {"service": service_name(service_type), "type": service_type, "count": count}
        notes.append(
            Note(
                DUPLICATE_SERVICE,
                msg(
                    "The token holds the {service} service ({type}) {count} times; Agora's "
                    "server parser keeps only the last one ({kept}), so the earlier ones grant "
                    "nothing.",
                    kept=kept,
                    **values,
                )
                if kept
                else msg(
                    "The token holds the {service} service ({type}) {count} times; Agora's "
                    "server parser keeps only the last one, so the earlier ones grant nothing.",
                    **values,
                ),
                msg("Build the token with each service once."),
            )
        )
    if token.stopped_at_unknown_service_type is not None:
        notes.append(
            Note(
                UNKNOWN_SERVICE,
                msg(
                    "Service type {type} is not one this tool knows; it and the {count} bytes "
                    "after it could not be read, so their privileges were not checked.",
                    type=token.stopped_at_unknown_service_type,
                    count=len(token.unparsed),
                ),
                msg(
                    "Check that the token was built by a current Agora builder for a known product."
                ),
            )
        )
    return tuple(notes)


def _describe(service: Service) -> str:
    """``channel_name 'demo', uid '42'``: field names and values, the same in every language."""
    values = [(field, getattr(service, field)) for field in service.fields]
    return ", ".join(f"{field} {value!r}" for field, value in values if isinstance(value, str))


def effective_services(services: tuple[Service, ...]) -> tuple[Service, ...]:
    """The services as Agora's server parser keeps them: the last of each type, in order."""
    last = {s.type: s for s in services}
    if len(last) == len(services):
        return services
    return tuple(s for s in services if last[s.type] is s)


# What verify passes to crc_note as plain words, as messages (diagnose passes messages).
_CRC_WHAT: Final[dict[str, Text]] = {
    "channel name": msg("channel name"),
    "channel name and uid": msg("channel name and uid"),
}


def crc_note(what: str) -> Note:
    """A valid 006 signature beside a CRC-32 of another channel or uid (``what``: the names)."""
    if not isinstance(what, Text):
        what = _CRC_WHAT.get(what, what)
    return Note(
        CRC_NOT_SIGNED,
        msg(
            "The signature is valid for the {what} given here, but the token's CRC-32 of the "
            "{what} is another's: the CRC-32s are not covered by the signature, so the token was "
            "changed after it was signed.",
            what=what,
        ),
        msg("Use the token exactly as the token server built it, or build a new one."),
    )
