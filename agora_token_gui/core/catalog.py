"""Every key kind the product offers, with its fields: the GUI forms and CLI flags come from here.

A key kind is one (format, builder) pair of requests.md. Its fields are the request keys besides
``format``, ``builder``, ``app_id`` and ``app_certificate``, in the order a form shows them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Final

from . import stream_key, token_builders, whiteboard
from .access_token import PRIVILEGE_NAMES as PRIVILEGES_006
from .access_token2 import PRIVILEGE_NAMES as PRIVILEGES_007
from .access_token2 import ServiceType
from .text import msg

DAY: Final = 86_400
# The keys every request may have besides its kind's fields (requests.md).
COMMON_KEYS: Final = ("format", "builder", "app_id", "app_certificate", "id")


class FieldKind(str, Enum):
    """What a field holds; widgets and CLI flags are chosen by kind, never by token format."""

    TEXT = "text"  # UTF-8 text, at most 65535 bytes
    UINT32 = "uint32"  # whole number 0..4294967295
    UID = "uid"  # uint32 where 0 means "any user"
    INT16 = "int16"  # -32768..32767
    DURATION = "duration"  # seconds after the issue time (007)
    TIMESTAMP = "timestamp"  # absolute unix time in seconds
    CHOICE = "choice"  # one of ``choices``
    PRIVILEGES = "privileges"  # privilege id -> uint32 (absolute times for 006)
    SERVICES = "services"  # a 007 service list
    PERMISSIONS = "permissions"  # RTM2 permissions
    MILLISECONDS = "ms"  # whole number of milliseconds 0..2^53-1 (whiteboard lifespans and times)
    TEXT_OR_NUMBER = "text-or-number"  # text as text, a JSON integer 0..4294967295 as a number


class Pin(str, Enum):
    """How an optional pinned value defaults when left out."""

    NOW = "now"
    NOW_PLUS_DAY = "now+86400"
    SALT = "salt"  # random 1..99999999, as the python3 reference draws it
    RANDOM_U32 = "random-u32"
    NOW_MS = "now-ms"  # the current time in milliseconds
    UUID = "uuid"  # a new random (v4) UUID, as text
    IV = "iv"  # 16 random bytes, as 32 hex digits


@dataclass(frozen=True, slots=True)
class Choice:
    """One value a CHOICE field offers, with its label, help and aliases."""

    value: int | str
    label: str
    help: str = ""
    aliases: tuple[str, ...] = ()  # names a person may write instead of the value


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of a key kind: its request key, label, kind, default and help."""

    name: str
    label: str
    kind: FieldKind
    help: str = ""
    default: int | str | None = None  # None: the request must give it (unless ``pin``)
    pin: Pin | None = None  # an "Advanced" value that defaults to now / random
    choices: tuple[Choice, ...] = ()
    privilege_names: Mapping[int, str] = field(default_factory=dict)
    suggested: int | None = None  # a form's initial value (seconds, or seconds from now)
    warn_bytes: int | None = None  # documented Agora limit: longer values build with a warning
    channel: bool = False  # apply the channel-name character set warning
    # CHOICE only: non-empty when any whole number is accepted, as Agora's builders accept it,
    # with a warning that ends with this text (what the builders make of an undocumented value).
    other_values: str = ""
    # Derived: the choices' values, and whether a value of this field can draw a warning.
    choice_values: frozenset[int | str] = field(init=False, repr=False, compare=False)
    can_warn: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "choice_values", frozenset(c.value for c in self.choices))
        kind = self.kind
        can_warn = (
            (kind is FieldKind.TEXT and (self.warn_bytes is not None or self.channel))
            or (kind is FieldKind.TIMESTAMP and self.pin is not Pin.NOW)  # expiries
            or (kind is FieldKind.CHOICE and bool(self.other_values))
            or kind in (FieldKind.DURATION, FieldKind.SERVICES, FieldKind.PRIVILEGES)
        )
        object.__setattr__(self, "can_warn", can_warn)

    @property
    def required(self) -> bool:
        """Whether a request must give this field (no default, no pin)."""
        return self.default is None and self.pin is None

    @property
    def unit(self) -> str:
        """The unit a number of this field is in, for help texts ('' for none)."""
        return {
            FieldKind.DURATION: "seconds",
            FieldKind.TIMESTAMP: "unix seconds",
            FieldKind.MILLISECONDS: "milliseconds",
        }.get(self.kind, "")


@dataclass(frozen=True, slots=True)
class Credentials:
    """The request keys a kind is signed with: a public identity (or none) and a secret.

    A request's ``TokenRequest.app_id`` holds the identity and ``app_certificate`` the secret,
    whatever the keys are called; secrets are masked and never stored, whichever kind they sign.
    """

    identity: str | None  # "app_id", "access_key"; None: the kind has no public identity
    secret: str  # "app_certificate", "secret_access_key"
    identity_label: str
    secret_label: str
    ignored: tuple[str, ...] = ()  # keys a request may carry that do not affect the token

    @property
    def keys(self) -> tuple[str, ...]:
        """The request keys these credentials fill."""
        return (*((self.identity,) if self.identity else ()), self.secret, *self.ignored)


APP_CREDENTIALS: Final = Credentials(
    "app_id", "app_certificate", msg("App ID"), msg("App Certificate")
)
# A kind's own check of its converted values (identity, secret, values): the (field, message)
# warnings, or InvalidInputError; it replaces the generic 24 h and channel-name warnings.
KindCheck = Callable[[str, str, Mapping[str, object]], tuple[tuple[str, str], ...]]


@dataclass(frozen=True, slots=True)
class KeyKind:
    """One (format, builder) pair of requests.md: its fields and the builder that makes it."""

    format: str
    builder: str
    title: str
    group: str
    description: str
    fields: tuple[FieldSpec, ...]
    reference: str = ""
    implicit_builder: bool = False  # the format has only this builder; requests may omit it
    build: token_builders.Builder = field(kw_only=True)  # app id, certificate, values -> the token
    credentials: Credentials = field(default=APP_CREDENTIALS, kw_only=True)
    check: KindCheck | None = field(default=None, kw_only=True)
    # Every key a request of this kind may have: the kind's credentials and its fields (derived).
    request_keys: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        common = ("format", "builder", "id", *self.credentials.keys)
        keys = frozenset((*common, *(spec.name for spec in self.fields)))
        object.__setattr__(self, "request_keys", keys)

    @property
    def key(self) -> str:
        """'format/builder', the kind's name in settings, history and tests."""
        return f"{self.format}/{self.builder}"

    def field(self, name: str) -> FieldSpec:
        """The field named ``name``; KeyError when the kind has none."""
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)


# --- field building blocks ---------------------------------------------------------------------

_CHANNEL_HELP = msg(
    "Up to 64 bytes of a-z A-Z 0-9 space and ! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ {{ }} | ~ , "
    "(longer or other characters still build, with a warning)."
)


def _channel(name: str = "channel_name", label: str = msg("Channel name")) -> FieldSpec:
    return FieldSpec(name, label, FieldKind.TEXT, _CHANNEL_HELP, warn_bytes=64, channel=True)


def _uid(
    help_text: str = msg("Numeric user id; 0 = any user may join with this token."),
) -> FieldSpec:
    return FieldSpec("uid", msg("User ID (uid)"), FieldKind.UID, help_text)


def _account(name: str = "account", label: str = msg("User account")) -> FieldSpec:
    return FieldSpec(
        name,
        label,
        FieldKind.TEXT,
        msg('String account (up to 255 bytes). "0" is an account named 0, not a wildcard.'),
        warn_bytes=255,
    )


def _duration(
    name: str, label: str, help_text: str, suggested: int = 3600, default: int | None = None
) -> FieldSpec:
    return FieldSpec(
        name, label, FieldKind.DURATION, help_text, default=default, suggested=suggested
    )


def _timestamp(name: str, label: str, help_text: str, suggested: int = 3600) -> FieldSpec:
    return FieldSpec(name, label, FieldKind.TIMESTAMP, help_text, suggested=suggested)


_ISSUE_TS = FieldSpec(
    "issue_ts",
    msg("Issue time"),
    FieldKind.TIMESTAMP,
    msg(
        "When the token was issued (unix seconds). Leave empty for now; pin it to reproduce a "
        "token "
        "or to make one that is already expired or not yet valid."
    ),
    pin=Pin.NOW,
)
_SALT = FieldSpec(
    "salt",
    msg("Salt"),
    FieldKind.UINT32,
    msg("Random number signed into the token. Leave empty for a random 1..99999999."),
    pin=Pin.SALT,
)
_TS_006 = FieldSpec(
    "ts",
    msg("Token expiry (ts)"),
    FieldKind.TIMESTAMP,
    msg("Absolute time at which the token itself expires; the reference builders use now + 24 h."),
    pin=Pin.NOW_PLUS_DAY,
)
_UNIX_TS = FieldSpec(
    "unix_ts",
    msg("Generation time"),
    FieldKind.TIMESTAMP,
    msg("When the key was generated (unix seconds). Leave empty for now."),
    pin=Pin.NOW,
)
_RANDOM = FieldSpec(
    "random_int",
    msg("Random"),
    FieldKind.UINT32,
    msg("Random number signed into the key. Leave empty for a random value."),
    pin=Pin.RANDOM_U32,
)
_EXPIRED_TS = FieldSpec(
    "expired_ts",
    msg("Expiry time"),
    FieldKind.TIMESTAMP,
    msg(
        "Absolute unix time at which the key expires; 0 = never (recommended for sharing and "
        "recording keys)."
    ),
    suggested=3600,
)

_ROLE_007 = (
    Choice(
        1,
        msg("Publisher"),
        msg("join the channel and publish audio, video and data"),
        ("publisher",),
    ),
    Choice(2, msg("Subscriber"), msg("join the channel only"), ("subscriber",)),
)
_ROLE_006 = (
    Choice(1, msg("Publisher"), msg("join and publish audio, video and data"), ("publisher",)),
    Choice(2, msg("Subscriber"), msg("join only"), ("subscriber",)),
    Choice(0, msg("Attendee (deprecated)"), msg("join and publish, like Publisher"), ("attendee",)),
    Choice(101, msg("Admin (deprecated)"), msg("join and publish, like Publisher"), ("admin",)),
)
_ROLE_SIMPLE = (
    Choice(1, msg("Attendee"), msg("join and publish (privileges 1-4, no expiry)"), ("attendee",)),
    Choice(
        2, msg("Publisher"), msg("join and publish (privileges 1-4, no expiry)"), ("publisher",)
    ),
    Choice(3, msg("Subscriber"), msg("join only (privilege 1, no expiry)"), ("subscriber",)),
    Choice(4, msg("Admin"), msg("join and publish (privileges 1-4, no expiry)"), ("admin",)),
)
_ROLE_RTM_006 = (Choice(1, msg("RTM user"), msg("log in to RTM"), ("rtm_user", "user")),)
_OTHER_ROLE_007 = msg("Agora's 007 builders treat any role but 1 as Subscriber (join only)")
_ROLE_FIELD_007 = FieldSpec(
    "role",
    msg("Role"),
    FieldKind.CHOICE,
    msg("What the user may do."),
    choices=_ROLE_007,
    other_values=_OTHER_ROLE_007,
)
_ROLE_FIELD_006 = FieldSpec(
    "role",
    msg("Role"),
    FieldKind.CHOICE,
    msg("What the user may do."),
    choices=_ROLE_006,
    other_values=msg(
        "Agora's 006 builders treat any role but 0, 1 and 101 as Subscriber (join only)"
    ),
)

_TOKEN_EXPIRE = _duration(
    "token_expire",
    msg("Token lifetime"),
    msg("Seconds after the issue time until the token expires (Agora allows at most 24 h)."),
)
_PRIVILEGE_EXPIRE = _duration(
    "privilege_expire",
    msg("Privilege lifetime"),
    msg("Seconds after the issue time until the privileges lapse; 0 = no separate limit."),
    suggested=3600,
    default=0,
)
_EXPIRE = _duration(
    "expire",
    msg("Lifetime"),
    msg("Seconds after the issue time until the token expires (at most 24 h)."),
)


def _rtc_privilege_fields(prefix: str = "") -> tuple[FieldSpec, ...]:
    def one(name: str, label: str) -> FieldSpec:
        return _duration(
            f"{name}_privilege_expire",
            label,
            msg("Seconds after the issue time until this privilege lapses; 0 = no separate limit."),
        )

    return (
        one("join_channel", msg("Join channel")),
        one("pub_audio", msg("Publish audio")),
        one("pub_video", msg("Publish video")),
        one("pub_data_stream", msg("Publish data stream")),
    )


WHITEBOARD_CREDENTIALS: Final = Credentials(
    "access_key", "secret_access_key", msg("Access Key (AK)"), msg("Secret Access Key (SK)")
)
CERTIFICATE_ONLY: Final = Credentials(
    None, "app_certificate", "", msg("App Certificate"), ("app_id",)
)
_WB_ROLE = FieldSpec(
    "role",
    msg("Role"),
    FieldKind.CHOICE,
    msg("What the holder may do; lower numbers have more rights."),
    choices=(
        Choice(0, msg("Admin"), msg("everything, including managing rooms and tasks"), ("admin",)),
        Choice(1, msg("Writer"), msg("read and write on the whiteboard"), ("writer",)),
        Choice(2, msg("Reader"), msg("watch only"), ("reader",)),
    ),
)
_WB_LIFESPAN = FieldSpec(
    "lifespan",
    msg("Lifespan"),
    FieldKind.MILLISECONDS,
    msg("Milliseconds (not seconds) until the token expires; 0 = never expires (not advised)."),
    suggested=3_600_000,
)
_WB_NONCE = FieldSpec(
    "nonce",
    msg("Nonce"),
    FieldKind.TEXT,
    msg("Any unique text signed into the token. Leave empty for a new random UUID."),
    pin=Pin.UUID,
)
_WB_NOW_MS = FieldSpec(
    "now_ms",
    msg("Creation time (ms)"),
    FieldKind.MILLISECONDS,
    msg("The time the lifespan counts from, in milliseconds since 1970. Leave empty for now."),
    pin=Pin.NOW_MS,
)
_ROOM_UUID = FieldSpec(
    "uuid", msg("Room UUID"), FieldKind.TEXT, msg("The room's UUID (32 hex digits).")
)
_TASK_UUID = FieldSpec(
    "uuid",
    msg("Task UUID"),
    FieldKind.TEXT,
    msg("The file-conversion task's UUID (32 hex digits)."),
)

G007: Final = "AccessToken2 (007)"
G006: Final = "AccessToken (006)"
G005: Final = "DynamicKey5"
G004: Final = "DynamicKey4"
GOLD: Final = "DynamicKey 3 / 2 / 1"
GSIG: Final = "Signaling"
GWB: Final = "Interactive Whiteboard"
GMG: Final = "Media Gateway"

_SERVICES = FieldSpec(
    "services",
    msg("Services"),
    FieldKind.SERVICES,
    msg(
        "Any list of services, each with its privileges (seconds after the issue time) and fields. "
        "Services of one type keep their order."
    ),
)
_PERMISSIONS = FieldSpec(
    "permissions",
    msg("Permissions"),
    FieldKind.PERMISSIONS,
    msg("Which channels, groups and users this user may read or write, per resource type."),
)
_APAAS_ROLE = FieldSpec(
    "role",
    msg("Role"),
    FieldKind.INT16,
    msg("Room role number (signed 16 bit); Agora's samples use 1. -1 means no role."),
    suggested=1,
)


def _apaas(prefix: str, label: str) -> tuple[KeyKind, ...]:
    return (
        KeyKind(
            "007",
            f"{prefix}_room_user",
            msg("{label}: room user", label=label),
            G007,
            msg(
                "A user in one room: APaaS roomUser, RTM login and Chat user (the Chat id is the "
                "MD5 "
                "of the user uuid)."
            ),
            (
                FieldSpec("room_uuid", msg("Room uuid"), FieldKind.TEXT, msg("The room's uuid.")),
                FieldSpec("user_uuid", msg("User uuid"), FieldKind.TEXT, msg("The user's uuid.")),
                _APAAS_ROLE,
                _EXPIRE,
                _ISSUE_TS,
                _SALT,
            ),
            f"{'EducationTokenBuilder' if prefix == 'education' else 'ApaasTokenBuilder'}"
            ".build_room_user_token",
            build=token_builders.apaas_room_user_007,
        ),
        KeyKind(
            "007",
            f"{prefix}_user",
            msg("{label}: user", label=label),
            G007,
            msg("A user across rooms: APaaS user privilege."),
            (
                FieldSpec("user_uuid", msg("User uuid"), FieldKind.TEXT, msg("The user's uuid.")),
                _EXPIRE,
                _ISSUE_TS,
                _SALT,
            ),
            f"{'EducationTokenBuilder' if prefix == 'education' else 'ApaasTokenBuilder'}"
            ".build_user_token",
            build=token_builders.apaas_user_007,
        ),
        KeyKind(
            "007",
            f"{prefix}_app",
            msg("{label}: app", label=label),
            G007,
            msg("An app-level token for server calls: APaaS app privilege."),
            (_EXPIRE, _ISSUE_TS, _SALT),
            f"{'EducationTokenBuilder' if prefix == 'education' else 'ApaasTokenBuilder'}"
            ".build_app_token",
            build=token_builders.apaas_app_007,
        ),
    )


def _dk_fields(permission: bool = False) -> tuple[FieldSpec, ...]:
    base: tuple[FieldSpec, ...] = (_channel(), _uid(msg("Numeric user id; 0 = any user.")))
    if permission:
        base += (
            FieldSpec(
                "permission",
                msg("Permission"),
                FieldKind.CHOICE,
                msg("What the holder may upload in the channel."),
                choices=(
                    Choice(
                        "3",
                        msg("Audio and video upload"),
                        msg("publisher"),
                        ("publisher", "upload"),
                    ),
                    Choice("0", msg("No upload"), msg("audience"), ("audience", "no_upload")),
                ),
            ),
        )
    return (*base, _EXPIRED_TS, _UNIX_TS, _RANDOM)


KINDS: Final[tuple[KeyKind, ...]] = (
    # --- 007 ---------------------------------------------------------------------------------
    KeyKind(
        "007",
        "rtc_uid",
        msg("RTC by uid"),
        G007,
        msg("Join an RTC channel with a numeric uid."),
        (
            _channel(),
            _uid(),
            _ROLE_FIELD_007,
            _TOKEN_EXPIRE,
            _PRIVILEGE_EXPIRE,
            _ISSUE_TS,
            _SALT,
        ),
        "RtcTokenBuilder2.build_token_with_uid",
        build=token_builders.rtc_uid_007,
    ),
    KeyKind(
        "007",
        "rtc_account",
        msg("RTC by account"),
        G007,
        msg("Join an RTC channel with a string user account."),
        (
            _channel(),
            _account(),
            _ROLE_FIELD_007,
            _TOKEN_EXPIRE,
            _PRIVILEGE_EXPIRE,
            _ISSUE_TS,
            _SALT,
        ),
        "RtcTokenBuilder2.build_token_with_user_account",
        build=token_builders.rtc_account_007,
    ),
    KeyKind(
        "007",
        "rtc_uid_privileges",
        msg("RTC by uid, per-privilege expiry"),
        G007,
        msg("Join and publish rights, each with its own expiry (always all four privileges)."),
        (_channel(), _uid(), _TOKEN_EXPIRE, *_rtc_privilege_fields(), _ISSUE_TS, _SALT),
        "RtcTokenBuilder2.build_token_with_uid_and_privilege",
        build=token_builders.rtc_uid_privileges_007,
    ),
    KeyKind(
        "007",
        "rtc_account_privileges",
        msg("RTC by account, per-privilege expiry"),
        G007,
        msg("As by uid, with a string account."),
        (_channel(), _account(), _TOKEN_EXPIRE, *_rtc_privilege_fields(), _ISSUE_TS, _SALT),
        "RtcTokenBuilder2.build_token_with_user_account_and_privilege",
        build=token_builders.rtc_account_privileges_007,
    ),
    KeyKind(
        "007",
        "rtc_rtm",
        msg("RTC + RTM"),
        G007,
        msg(
            "RTC for the account plus RTM login for the same account (RTM lasts the token "
            "lifetime)."
        ),
        (
            _channel(),
            _account(),
            _ROLE_FIELD_007,
            _TOKEN_EXPIRE,
            _PRIVILEGE_EXPIRE,
            _ISSUE_TS,
            _SALT,
        ),
        "RtcTokenBuilder2.build_token_with_rtm",
        build=token_builders.rtc_rtm_007,
    ),
    KeyKind(
        "007",
        "rtc_rtm2",
        msg("RTC + RTM with own user"),
        G007,
        msg("RTC for one account plus RTM login for another user id with its own lifetime."),
        (
            _channel(),
            _account("rtc_account", msg("RTC account")),
            FieldSpec(
                "rtc_role",
                msg("RTC role"),
                FieldKind.CHOICE,
                msg("What the user may do."),
                choices=_ROLE_007,
                other_values=_OTHER_ROLE_007,
            ),
            _duration(
                "rtc_token_expire", msg("Token lifetime"), msg("Seconds until the token expires.")
            ),
            *_rtc_privilege_fields(),
            FieldSpec(
                "rtm_user_id",
                msg("RTM user id"),
                FieldKind.TEXT,
                msg("The RTM user id (up to 64 bytes)."),
                warn_bytes=64,
            ),
            _duration(
                "rtm_token_expire", msg("RTM lifetime"), msg("Seconds until RTM login lapses.")
            ),
            _ISSUE_TS,
            _SALT,
        ),
        "RtcTokenBuilder2.build_token_with_rtm2",
        build=token_builders.rtc_rtm2_007,
    ),
    KeyKind(
        "007",
        "rtm",
        msg("RTM"),
        G007,
        msg("Log in to RTM as a user id."),
        (
            FieldSpec(
                "user_id",
                msg("User id"),
                FieldKind.TEXT,
                msg("RTM user id (up to 64 bytes)."),
                warn_bytes=64,
            ),
            _EXPIRE,
            _ISSUE_TS,
            _SALT,
        ),
        "RtmTokenBuilder2.build_token",
        build=token_builders.rtm_007,
    ),
    KeyKind(
        "007",
        "rtm_permissions",
        msg("RTM2 with permissions"),
        G007,
        msg("Log in to RTM 2 with read/write permissions on channels, groups and users."),
        (
            FieldSpec(
                "user_id",
                msg("User id"),
                FieldKind.TEXT,
                msg("RTM user id (up to 64 bytes)."),
                warn_bytes=64,
            ),
            _PERMISSIONS,
            _duration(
                "expire", msg("Lifetime"), msg("Seconds until the token expires."), default=0
            ),
            _ISSUE_TS,
            _SALT,
        ),
        "RtmTokenBuilder2.build_token_with_permissions",
        build=token_builders.rtm_permissions_007,
    ),
    KeyKind(
        "007",
        "chat_user",
        msg("Chat: user"),
        G007,
        msg("A Chat user token."),
        (
            FieldSpec("user_id", msg("User id"), FieldKind.TEXT, msg("The Chat user's uuid.")),
            _EXPIRE,
            _ISSUE_TS,
            _SALT,
        ),
        "ChatTokenBuilder2.build_user_token",
        build=token_builders.chat_user_007,
    ),
    KeyKind(
        "007",
        "chat_app",
        msg("Chat: app"),
        G007,
        msg("A Chat app token for server calls."),
        (_EXPIRE, _ISSUE_TS, _SALT),
        "ChatTokenBuilder2.build_app_token",
        build=token_builders.chat_app_007,
    ),
    *_apaas("education", msg("Education")),
    *_apaas("apaas", msg("APaaS")),
    KeyKind(
        "007",
        "fpa",
        msg("FPA"),
        G007,
        msg(
            "Fast path acceleration login; lifetime fixed at 24 h, privilege 0 (no separate limit)."
        ),
        (_ISSUE_TS, _SALT),
        "FpaTokenBuilder.build_token",
        build=token_builders.fpa_007,
    ),
    KeyKind(
        "007",
        "services",
        msg("Custom services"),
        G007,
        msg("Build any service list by hand: every service type, privilege and field."),
        (_EXPIRE, _SERVICES, _ISSUE_TS, _SALT),
        msg("AccessToken2 (low level)"),
        build=token_builders.services_007,
    ),
    # --- 006 ---------------------------------------------------------------------------------
    KeyKind(
        "006",
        "rtc_uid",
        msg("RTC by uid"),
        G006,
        msg("Join an RTC channel with a numeric uid (AccessToken, older SDKs)."),
        (
            _channel(),
            _uid(),
            _ROLE_FIELD_006,
            _timestamp(
                "privilege_expired_ts",
                msg("Privileges expire at"),
                msg("Absolute unix time at which the privileges lapse; 0 = never."),
            ),
            _TS_006,
            _SALT,
        ),
        "RtcTokenBuilder.buildTokenWithUid",
        build=token_builders.rtc_uid_006,
    ),
    KeyKind(
        "006",
        "rtc_account",
        msg("RTC by account"),
        G006,
        msg("Join an RTC channel with a string account (AccessToken, older SDKs)."),
        (
            _channel(),
            _account(),
            _ROLE_FIELD_006,
            _timestamp(
                "privilege_expired_ts",
                msg("Privileges expire at"),
                msg("Absolute unix time at which the privileges lapse; 0 = never."),
            ),
            _TS_006,
            _SALT,
        ),
        "RtcTokenBuilder.buildTokenWithAccount",
        build=token_builders.rtc_account_006,
    ),
    KeyKind(
        "006",
        "rtm",
        msg("RTM"),
        G006,
        msg("Log in to RTM 1.x (the account goes in the channel slot; privilege kRtmLogin)."),
        (
            _account("user_account", msg("User account")),
            FieldSpec(
                "role",
                msg("Role"),
                FieldKind.CHOICE,
                msg("Accepted but unused by Agora."),
                choices=_ROLE_RTM_006,
                default=1,
                other_values=msg("Agora's 006 RTM builder signs the same login for any role"),
            ),
            _timestamp(
                "privilege_expired_ts",
                msg("Login expires at"),
                msg("Absolute unix time at which RTM login lapses; 0 = never."),
            ),
            _TS_006,
            _SALT,
        ),
        "RtmTokenBuilder.buildToken",
        build=token_builders.rtm_006,
    ),
    KeyKind(
        "006",
        "simple",
        msg("SimpleTokenBuilder roles"),
        G006,
        msg(
            "SimpleTokenBuilder's roles (numbered 1-4, unlike RtcTokenBuilder); privileges never "
            "expire (0)."
        ),
        (
            _channel(),
            _uid(),
            FieldSpec(
                "role",
                msg("Role"),
                FieldKind.CHOICE,
                msg("Simple builder role."),
                choices=_ROLE_SIMPLE,
            ),
            _TS_006,
            _SALT,
        ),
        "SimpleTokenBuilder (Perl) init_privileges + build_token",
        build=token_builders.simple_006,
    ),
    KeyKind(
        "006",
        "privileges",
        msg("Custom privileges"),
        G006,
        msg("Hand-picked privileges, each with an absolute expiry (0 = never)."),
        (
            _channel(),
            FieldSpec(
                "uid",
                msg("uid or account"),
                FieldKind.TEXT,
                msg('Written as text exactly as given: "" = any user, "0" is an account named 0.'),
                default="",
            ),
            FieldSpec(
                "privileges",
                msg("Privileges"),
                FieldKind.PRIVILEGES,
                msg("Privilege id -> absolute unix time at which it lapses (0 = never)."),
                privilege_names=PRIVILEGES_006,
            ),
            _TS_006,
            _SALT,
        ),
        msg("AccessToken (low level)"),
        build=token_builders.privileges_006,
    ),
    # --- DynamicKey5 -------------------------------------------------------------------------
    KeyKind(
        "005",
        "media_channel",
        msg("Media channel"),
        G005,
        msg("Join a media channel (service type 1)."),
        _dk_fields(),
        "DynamicKey5.generateMediaChannelKey",
        build=token_builders.dynamic_key5(1),
    ),
    KeyKind(
        "005",
        "recording",
        msg("Recording"),
        G005,
        msg("Server recording (service type 2)."),
        _dk_fields(),
        "DynamicKey5.generateRecordingKey",
        build=token_builders.dynamic_key5(2),
    ),
    KeyKind(
        "005",
        "public_sharing",
        msg("Public sharing"),
        G005,
        msg("Public sharing / CDN (service type 3)."),
        _dk_fields(),
        "DynamicKey5.generatePublicSharingKey",
        build=token_builders.dynamic_key5(3),
    ),
    KeyKind(
        "005",
        "in_channel_permission",
        msg("In-channel permission"),
        G005,
        msg("Whether the holder may upload in the channel (service type 4; SDK 1.7.0+)."),
        _dk_fields(permission=True),
        "DynamicKey5.generateInChannelPermissionKey",
        build=token_builders.dynamic_key5(4, permission=True),
    ),
    # --- DynamicKey4 -------------------------------------------------------------------------
    KeyKind(
        "004",
        "media_channel",
        msg("Media channel"),
        G004,
        msg("Join a media channel (service tag ACS)."),
        _dk_fields(),
        "DynamicKey4.generateMediaChannelKey",
        build=token_builders.dynamic_key4("ACS"),
    ),
    KeyKind(
        "004",
        "recording",
        msg("Recording"),
        G004,
        msg("Server recording (service tag ARS)."),
        _dk_fields(),
        "DynamicKey4.generateRecordingKey",
        build=token_builders.dynamic_key4("ARS"),
    ),
    KeyKind(
        "004",
        "public_sharing",
        msg("Public sharing"),
        G004,
        msg("Public sharing (service tag APSS)."),
        _dk_fields(),
        "DynamicKey4.generatePublicSharingKey",
        build=token_builders.dynamic_key4("APSS"),
    ),
    # --- DynamicKey 3 / 2 / 1 and signaling ----------------------------------------------------
    KeyKind(
        "003",
        "key",
        msg("DynamicKey3"),
        GOLD,
        msg("Prefix 003; uid and expiry visible in the key."),
        _dk_fields(),
        "DynamicKey3.generate",
        implicit_builder=True,
        build=token_builders.dynamic_key3("003"),
    ),
    KeyKind(
        "002",
        "key",
        msg("DynamicKey2"),
        GOLD,
        msg("No prefix; same signature as DynamicKey3."),
        _dk_fields(),
        "DynamicKey2.generate",
        implicit_builder=True,
        build=token_builders.dynamic_key3(""),
    ),
    KeyKind(
        "001",
        "key",
        msg("DynamicKey (v1)"),
        GOLD,
        msg("The first dynamic key: channel only, no uid, no expiry."),
        (_channel(), _UNIX_TS, _RANDOM),
        "DynamicKey.generate",
        implicit_builder=True,
        build=token_builders.dynamic_key1,
    ),
    KeyKind(
        "signaling",
        "token",
        msg("Signaling token"),
        GSIG,
        msg("The legacy signaling SDK's login token."),
        (
            _account(),
            _timestamp(
                "expired_ts", msg("Expiry time"), msg("Absolute unix time at which login lapses.")
            ),
        ),
        "SignalingToken.generateSignalingToken",
        implicit_builder=True,
        build=token_builders.signaling_token,
    ),
    # --- Interactive Whiteboard (more-formats.md §W) ------------------------------------------
    *(
        KeyKind(
            "whiteboard",
            builder,
            msg("Whiteboard {title} token", title=title),
            GWB,
            description,
            (*uuid, _WB_ROLE, _WB_LIFESPAN, _WB_NONCE, _WB_NOW_MS),
            f"netless-token createToken (npm 1.0.2), {whiteboard.PREFIXES[builder]}",
            build=whiteboard.catalog_builder(builder),
            credentials=WHITEBOARD_CREDENTIALS,
            check=whiteboard.catalog_check(builder),
        )
        for builder, title, description, uuid in (
            (
                "sdk",
                msg("SDK"),
                msg(
                    "Project-wide rights: every room and task of the whiteboard project "
                    "(server use)."
                ),
                (),
            ),
            (
                "room",
                msg("Room"),
                msg("One whiteboard room, by its Room UUID (for clients)."),
                (_ROOM_UUID,),
            ),
            (
                "task",
                msg("Task"),
                msg("One file-conversion task, by its Task UUID."),
                (_TASK_UUID,),
            ),
        )
    ),
    # --- Media Gateway stream key (more-formats.md §S) ------------------------------------------
    KeyKind(
        "stream_key",
        "key",
        msg("Stream key for OBS"),
        GMG,
        msg(
            "A Media Gateway stream key for a custom ingest domain (RTMP/SRT from OBS), made "
            "locally: the channel, host uid and expiry, AES-encrypted under the App Certificate."
        ),
        (
            FieldSpec(
                "channel_name",
                msg("Channel name"),
                FieldKind.TEXT,
                msg("The channel the stream is published to (the gateway allows up to 63 bytes)."),
            ),
            FieldSpec(
                "uid",
                msg("Host uid"),
                FieldKind.TEXT_OR_NUMBER,
                msg(
                    'The uid or user account the stream publishes as, as text ("1001"); "" or "0" '
                    "lets the gateway pick one."
                ),
            ),
            FieldSpec(
                "expires_after",
                msg("Valid for"),
                FieldKind.DURATION,
                msg(
                    "Seconds from now until the key expires (0 = the creation time; see the "
                    "warning)."
                ),
                suggested=DAY,
            ),
            FieldSpec(
                "template_id",
                msg("Template id"),
                FieldKind.TEXT,
                msg("Flow-configuration template id; empty = the default template."),
                default="",
            ),
            FieldSpec(
                "iv",
                msg("IV"),
                FieldKind.TEXT,
                msg(
                    "16 bytes (32 hex digits) at the start of the key. Leave empty for random "
                    "bytes."
                ),
                pin=Pin.IV,
            ),
            FieldSpec(
                "now",
                msg("Creation time"),
                FieldKind.TIMESTAMP,
                msg("The time the expiry counts from (unix seconds). Leave empty for now."),
                pin=Pin.NOW,
            ),
        ),
        msg("Media Gateway quickstart: Generate streaming key locally (Node.js sample)"),
        implicit_builder=True,
        build=stream_key.catalog_builder,
        credentials=CERTIFICATE_ONLY,
        check=stream_key.catalog_check,
    ),
)

GROUPS: Final[tuple[str, ...]] = (G007, G006, G005, G004, GOLD, GSIG, GWB, GMG)
_BY_KEY: Final[Mapping[tuple[str, str], KeyKind]] = {(k.format, k.builder): k for k in KINDS}
FORMATS: Final[tuple[str, ...]] = tuple(dict.fromkeys(k.format for k in KINDS))

# Privilege names per 007 service type, for the custom services editor and human requests.
SERVICE_PRIVILEGES: Final[Mapping[int, Mapping[int, str]]] = PRIVILEGES_007
SERVICE_TYPES: Final[tuple[ServiceType, ...]] = tuple(ServiceType)


@dataclass(frozen=True, slots=True)
class Support:
    """Which Agora SDKs accept a format, and what uid 0 means in it (plain words, for people)."""

    sdks: str
    uid_zero: str


# Per format (AgoraDynamicKey README, "SDK and Dynamic Key Compatibility"; AccessToken from SDK
# 2.1.0); a format without an entry shows neither line.
SUPPORT: Final[Mapping[str, Support]] = {
    "007": Support(
        # Agora's compatibility table (AgoraDynamicKey README) gives 2.1.0 for AccessToken (006);
        # for AccessToken2 we state no version we could not check.
        msg(
            "Current Agora SDKs, the kind Agora recommends; the oldest SDK per platform is in "
            "Agora's AccessToken2 upgrade guide"
        ),
        msg("uid 0 = any user may use the token"),
    ),
    "006": Support(msg("Agora SDK 2.1.0 or later"), msg("uid 0 = any user may use the token")),
    "005": Support(
        msg(
            "Agora SDK 1.3.0 or later; in-channel permission (publishing) keys need 1.7.0 or later"
        ),
        msg("uid 0 = any user may use the key"),
    ),
    "004": Support(msg("Agora SDK 1.3.0 or later"), msg("uid 0 = any user may use the key")),
    "003": Support(msg("Agora SDK 1.2.3 or later"), msg("uid 0 = any user may use the key")),
    "002": Support(
        msg("Agora SDKs before 1.2.3 (older than DynamicKey3)"), msg("uid 0 = any user")
    ),
    "001": Support(
        msg("The first Agora SDKs (before DynamicKey2)"), msg("DynamicKey v1 carries no uid")
    ),
    "signaling": Support(
        msg("The legacy Signaling SDK (replaced by RTM)"), msg("no uid: a user account")
    ),
}


def builders(format_: str) -> tuple[KeyKind, ...]:
    """The key kinds of one format, in catalogue order."""
    return tuple(k for k in KINDS if k.format == format_)


def starting_value(spec: FieldSpec, now: int) -> int | str | None:
    """What a new form (and a new batch template) starts with: the suggestion, else the default.

    None for a pinned field (left empty: now, or random) and for one with neither.
    """
    if spec.pin is not None:
        return None
    if spec.suggested is not None:
        return now + spec.suggested if spec.kind is FieldKind.TIMESTAMP else spec.suggested
    return spec.default


def find(format_: str, builder: str | None) -> KeyKind | None:
    """The key kind for a request's format and builder (builder may be omitted if implicit)."""
    if builder is None:
        options = builders(format_)
        return options[0] if len(options) == 1 and options[0].implicit_builder else None
    return _BY_KEY.get((format_, builder))
