"""Signature verification for every format, asking for exactly what each format needs (§10)."""

from __future__ import annotations

import binascii
import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from . import (
    access_token,
    access_token2,
    dynamic_key,
    integrity,
    signaling,
    stream_key,
    timefmt,
    whiteboard,
)
from .access_token import AccessToken
from .access_token2 import AccessToken2
from .detect import AnyToken, Decoded
from .dynamic_key import DynamicKey1, DynamicKey3, DynamicKey4, DynamicKey5
from .encoding import is_hex
from .errors import InvalidInputError
from .integrity import Note
from .stream_key import StreamKey
from .text import msg
from .uid import parse_uid
from .whiteboard import WhiteboardToken

# Which inputs verification of each format needs. "uid_or_account": a number or a string.
NEEDS: Final[Mapping[str, tuple[str, ...]]] = {
    "007": ("app_certificate",),
    "006": ("app_certificate", "channel_name", "uid_or_account"),
    "005": ("app_certificate", "channel_name", "uid"),
    "004": ("app_certificate", "channel_name", "uid"),
    "003": ("app_certificate", "channel_name"),
    "002": ("app_certificate", "channel_name"),
    "001": ("app_certificate", "channel_name"),
    "signaling": ("app_certificate", "account"),
    "whiteboard": ("secret_access_key",),
    "stream_key": ("app_certificate",),
}


@dataclass(frozen=True, slots=True)
class VerifyInputs:
    """What a signature is checked with: the certificate and what the token does not store."""

    app_certificate: str
    channel_name: str | None = None
    uid: int | None = None
    account: str | None = None
    secret_access_key: str | None = None  # whiteboard; else app_certificate is taken as the SK


@dataclass(frozen=True, slots=True)
class Verification:
    """The outcome: ``valid``, one sentence, and the individual checks behind it."""

    valid: bool
    message: str
    checks: tuple[str, ...] = ()
    service_tag: str | None = None  # DynamicKey4: which service the key was made for
    mismatched: tuple[str, ...] = ()  # names of the inputs shown not to match (006 CRCs)
    # What the signature does not vouch for (core.integrity): bytes outside it, a service twice,
    # an unreadable service, a 006 CRC of another channel/uid. Shown beside a valid verdict.
    notes: tuple[Note, ...] = ()


# 007 outcomes depend on nothing but validity; Verification is frozen, so they can be shared.
_VALID_007: Final = Verification(
    True, msg("Signature valid: this App Certificate signed the token.")
)
_INVALID_007: Final = Verification(
    False, msg("Signature invalid: this App Certificate did not sign the token.")
)
_a2b_hex: Final = binascii.a2b_hex


def check_certificate(value: str, field: str = "app_certificate") -> str:
    """The certificate if it is 32 hex characters; InvalidInputError naming the field if not."""
    if len(value) != 32 or not is_hex(value):
        raise InvalidInputError(
            msg(
                "The App Certificate must be 32 hexadecimal characters; this one has {count} "
                "characters.",
                count=len(value),
            )
            if is_hex(value)
            else msg(
                "The App Certificate must be 32 hexadecimal characters; this one has {count} "
                "characters and some are not hexadecimal.",
                count=len(value),
            ),
            field,
        )
    return value


def _unicode(value: str, field: str, label: str) -> str:
    """Text that can be signed: lone surrogates (undecodable bytes in argv) cannot be UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidInputError(
            msg(
                "The {label} has a character that is not valid Unicode text at position "
                "{position}; type or paste it again.",
                label=label,
                position=exc.start,
            ),
            field,
        ) from exc
    return value


def _need_channel(inputs: VerifyInputs, name: str) -> str:
    if inputs.channel_name is None:
        raise InvalidInputError(
            msg(
                "To verify this {name}, give the channel name: it is signed but not stored in it.",
                name=name,
            ),
            "channel_name",
        )
    return _unicode(inputs.channel_name, "channel_name", msg("channel name"))


def _need_uid(inputs: VerifyInputs, name: str) -> int:
    if inputs.uid is None:
        raise InvalidInputError(
            msg(
                "To verify this {name}, give the numeric uid: it is signed but not stored in it.",
                name=name,
            ),
            "uid",
        )
    return parse_uid(inputs.uid)


def uid_text(uid: int | None, account: str | None) -> str | None:
    """The identity text that 007/006 sign: uid 0 becomes "" (any user), a string stays as is."""
    if account is not None:
        return account
    if uid is None:
        return None
    return "" if uid == 0 else str(uid)


def verify(decoded: Decoded | AnyToken, inputs: VerifyInputs) -> Verification:
    """Check the signature; raises InvalidInputError when an input the format needs is missing."""
    token = decoded.token if isinstance(decoded, Decoded) else decoded
    if isinstance(token, WhiteboardToken):
        return verify_whiteboard(token, inputs.secret_access_key or inputs.app_certificate)
    if isinstance(token, StreamKey):
        return verify_stream_key(token, inputs.app_certificate)
    cert = inputs.app_certificate
    if len(cert) == 32:
        try:  # 32 hexadecimal digits: what check_certificate asks, in one C call
            _a2b_hex(cert)
        except ValueError:  # binascii.Error, or a character that is not ASCII
            check_certificate(cert)  # raises the message
    else:
        check_certificate(cert)
    if isinstance(token, AccessToken2):
        outcome = _VALID_007 if access_token2.verify(token, cert) else _INVALID_007
        notes = integrity.notes_007(token)
        return dataclasses.replace(outcome, notes=notes) if notes else outcome
    if isinstance(token, AccessToken):
        return _verify006(token, inputs, cert)
    if isinstance(token, DynamicKey5):
        channel, uid = _need_channel(inputs, "DynamicKey5"), _need_uid(inputs, "DynamicKey5")
        if dynamic_key.verify5(token, cert, channel, uid):
            return Verification(
                True,
                msg(
                    "Signature valid: this App Certificate signed the token for channel "
                    "{channel} and uid {uid}.",
                    channel=repr(channel),
                    uid=uid,
                ),
            )
        return Verification(
            False,
            msg(
                "Signature invalid: this App Certificate did not sign the token for channel "
                "{channel} and uid {uid}; one of the three differs.",
                channel=repr(channel),
                uid=uid,
            ),
        )
    if isinstance(token, DynamicKey4):
        channel, uid = _need_channel(inputs, "DynamicKey4"), _need_uid(inputs, "DynamicKey4")
        tag = dynamic_key.verify4(token, cert, channel, uid)
        if tag is not None:
            service = dynamic_key.DK4_SERVICE_TAGS[tag]
            return Verification(
                True,
                msg(
                    "Signature valid: this App Certificate signed the token as a {service} key "
                    "({tag}) for channel {channel} and uid {uid}.",
                    service=_SERVICE_WORDS.get(service, service),
                    tag=tag,
                    channel=repr(channel),
                    uid=uid,
                ),
                (msg("tried the service tags ACS, ARS and APSS; {tag} matched", tag=tag),),
                service_tag=tag,
            )
        return Verification(
            False,
            msg(
                "Signature invalid: this App Certificate did not sign the token for channel "
                "{channel} and uid {uid} with any of the three services.",
                channel=repr(channel),
                uid=uid,
            ),
            (msg("tried the service tags ACS, ARS and APSS; none matched"),),
        )
    if isinstance(token, DynamicKey3):
        name = "DynamicKey2" if token.format == "002" else "DynamicKey3"
        channel = _need_channel(inputs, name)
        return _for_channel(dynamic_key.verify23(token, cert, channel), channel)
    if isinstance(token, DynamicKey1):
        channel = _need_channel(inputs, "DynamicKey")
        return _for_channel(dynamic_key.verify1(token, cert, channel), channel)
    if inputs.account is None:
        raise InvalidInputError(
            msg(
                "To verify this signaling token, give the account: it is signed but not stored "
                "in it."
            ),
            "account",
        )
    _unicode(inputs.account, "account", msg("account"))
    if signaling.verify(token, cert, inputs.account):
        return Verification(
            True,
            msg(
                "Signature valid: this App Certificate signed the token for account {account}.",
                account=repr(inputs.account),
            ),
        )
    return Verification(
        False,
        msg(
            "Signature invalid: this App Certificate did not sign the token for account {account}.",
            account=repr(inputs.account),
        ),
    )


# dynamic_key.DK4_SERVICE_TAGS's words, as messages.
_SERVICE_WORDS: Final[Mapping[str, str]] = {
    "media channel": msg("media channel"),
    "recording": msg("recording"),
    "public sharing": msg("public sharing"),
}


def _for_channel(valid: bool, channel: str) -> Verification:
    if valid:
        return Verification(
            True,
            msg(
                "Signature valid: this App Certificate signed the token for channel {channel}.",
                channel=repr(channel),
            ),
        )
    return Verification(
        False,
        msg(
            "Signature invalid: this App Certificate did not sign the token for channel {channel}.",
            channel=repr(channel),
        ),
    )


def _verify006(token: AccessToken, inputs: VerifyInputs, cert: str) -> Verification:
    channel = _need_channel(inputs, "AccessToken (006)")
    if inputs.uid is not None:
        parse_uid(inputs.uid)
    uid = uid_text(inputs.uid, inputs.account)
    if uid is None:
        raise InvalidInputError(
            msg(
                "To verify this AccessToken (006), give the uid or account: it is signed but only "
                "its CRC-32 is stored."
            ),
            "uid",
        )
    if inputs.account is not None:
        _unicode(inputs.account, "account", msg("account"))
    checks: list[str] = []
    mismatched: list[str] = []
    if access_token.crc32(channel) == token.crc_channel_name:
        checks.append(msg("CRC-32 of channel {channel} matches the token", channel=repr(channel)))
    else:
        checks.append(
            msg("CRC-32 of channel {channel} differs from the token's", channel=repr(channel))
        )
        mismatched.append("channel_name")
    shown: str = repr(uid) if uid else msg("'' (uid 0, any user)")
    if access_token.crc32(uid) == token.crc_uid:
        checks.append(msg("CRC-32 of uid {uid} matches the token", uid=shown))
    else:
        checks.append(msg("CRC-32 of uid {uid} differs from the token's", uid=shown))
        mismatched.append("uid")
    if access_token.verify(token, cert, channel, uid):
        notes: tuple[integrity.Note, ...] = ()
        if mismatched:  # signed for these, yet the token's CRC names another: changed since
            what: str = "uid"  # a message where it is words (core.integrity says the rest)
            if len(mismatched) == 2:
                what = msg("channel name and uid")
            elif mismatched[0] == "channel_name":
                what = msg("channel name")
            notes = (integrity.crc_note(what),)
        return Verification(
            True,
            msg(
                "Signature valid: this App Certificate signed the token for channel {channel} "
                "and uid {uid}.",
                channel=repr(channel),
                uid=shown,
            ),
            tuple(checks),
            mismatched=tuple(mismatched),
            notes=notes,
        )
    message: str
    if mismatched:
        if len(mismatched) == 2:
            message = msg(
                "Signature invalid: neither the channel name nor the uid given here is the one "
                "the token was made for (both CRC-32s differ)."
            )
        elif mismatched[0] == "channel_name":
            message = msg(
                "Signature invalid: the channel name given here is not the one the token was "
                "made for (its CRC-32 differs)."
            )
        else:
            message = msg(
                "Signature invalid: the uid given here is not the one the token was made for "
                "(its CRC-32 differs)."
            )
    else:
        message = msg(
            "Signature invalid: the channel name and uid match the token, so the App Certificate "
            "is not the one that signed it."
        )
    return Verification(False, message, tuple(checks), mismatched=tuple(mismatched))


def verify_whiteboard(token: WhiteboardToken, secret_access_key: str) -> Verification:
    """HMAC-SHA256 under the Secret Access Key, in each producer's signed-JSON form (§W5)."""
    if not secret_access_key:
        raise InvalidInputError(
            msg("To verify a whiteboard token, give the Secret Access Key (SK) of its Access Key."),
            "secret_access_key",
        )
    result = whiteboard.verify(token, secret_access_key)
    checks = (result.note,) if result.note else ()
    if result.valid:
        return Verification(
            True, msg("Signature valid: this Secret Access Key signed the token."), checks
        )
    return Verification(
        False, msg("Signature invalid: this Secret Access Key did not sign the token."), checks
    )


def verify_stream_key(key: StreamKey, app_certificate: str) -> Verification:
    """Decrypt and parse (§S5): there is no MAC, so "valid" means "decrypts to a key map"."""
    opening = stream_key.open_key(key, app_certificate)
    if opening.key_map is None:
        return Verification(False, opening.reason)
    found = opening.key_map
    uid = found.uid
    checks = [
        msg("channel {channel}", channel=repr(found.channel_name)),
        msg("uid {uid} (text)", uid=repr(uid))
        if isinstance(uid, str)
        else msg("uid {uid} (integer)", uid=repr(uid)),
        msg(
            "expires {utc} ({instant})",
            utc=timefmt.utc_text(found.expires_at),
            instant=found.expires_at,
        ),
        msg("template {template}", template=repr(found.template_id))
        if found.template_id is not None
        else msg("default template"),
        *found.warnings,
    ]
    return Verification(
        True,
        msg(
            "Opened: with this App Certificate the key decrypts to a well-formed stream key "
            "(it carries no MAC, so that is all a check can say)."
        ),
        tuple(checks),
    )
