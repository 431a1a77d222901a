"""What each catalogue kind builds: validated values in, a token out (token-formats.md §2.9-§5).

Each function here is a ``Builder``: it takes the App ID, the App Certificate and the request's
values (every field converted to its final type, pins included) and calls one codec. The
catalogue names the builder of each kind (``KeyKind.build``), so adding a kind touches the
catalogue entry and the function it names, and nothing chooses a builder by its name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Final

from . import access_token, access_token2, dynamic_key, signaling
from .access_token2 import Service, md5_hex

DAY: Final = 86_400

Values = Mapping[str, object]
Builder = Callable[[str, str, Values], str]
_Services = Callable[[Values], tuple[int, list[Service]]]  # values -> (expire, services)
_Channel006 = Callable[[Values], tuple[str, str, dict[int, int]]]  # -> (channel, uid, privileges)


def _int(values: Values, name: str) -> int:
    value = values[name]
    assert isinstance(value, int), name
    return value


def _str(values: Values, name: str) -> str:
    value = values[name]
    assert isinstance(value, str), name
    return value


def identity(uid: int) -> str:
    """007 and 006 write a numeric uid as text, and uid 0 as "" (any user)."""
    return "" if uid == 0 else str(uid)


def _rtc_privileges(role: int, value: int, publisher_roles: tuple[int, ...]) -> dict[int, int]:
    if role in publisher_roles:
        return {1: value, 2: value, 3: value, 4: value}
    return {1: value}


# --- 007: each kind gives the header expire and its services ------------------------------------


def _token_007(services_of: _Services) -> Builder:
    def build(app_id: str, certificate: str, values: Values) -> str:
        expire, services = services_of(values)
        return access_token2.encode(
            app_id,
            certificate,
            services,
            issue_ts=_int(values, "issue_ts"),
            expire=expire,
            salt=_int(values, "salt"),
        )

    return build


def _rtc(who: Callable[[Values], str], with_rtm: bool = False) -> Builder:
    def services(v: Values) -> tuple[int, list[Service]]:
        user = who(v)
        privileges = _rtc_privileges(_int(v, "role"), _int(v, "privilege_expire"), (1,))
        found = [Service(1, privileges, channel_name=_str(v, "channel_name"), uid=user)]
        if with_rtm:
            found.append(Service(2, {1: _int(v, "token_expire")}, user_id=user))
        return _int(v, "token_expire"), found

    return _token_007(services)


def _rtc_with_privileges(who: Callable[[Values], str]) -> Builder:
    def services(v: Values) -> tuple[int, list[Service]]:
        privileges = {
            1: _int(v, "join_channel_privilege_expire"),
            2: _int(v, "pub_audio_privilege_expire"),
            3: _int(v, "pub_video_privilege_expire"),
            4: _int(v, "pub_data_stream_privilege_expire"),
        }
        return _int(v, "token_expire"), [
            Service(1, privileges, channel_name=_str(v, "channel_name"), uid=who(v))
        ]

    return _token_007(services)


def _uid_007(v: Values) -> str:
    return identity(_int(v, "uid"))


def _account_007(v: Values) -> str:
    return _str(v, "account")


rtc_uid_007: Final = _rtc(_uid_007)
rtc_account_007: Final = _rtc(_account_007)
rtc_rtm_007: Final = _rtc(_account_007, with_rtm=True)
rtc_uid_privileges_007: Final = _rtc_with_privileges(_uid_007)
rtc_account_privileges_007: Final = _rtc_with_privileges(_account_007)


def _rtc_rtm2(v: Values) -> tuple[int, list[Service]]:
    privileges = {1: _int(v, "join_channel_privilege_expire")}
    if _int(v, "rtc_role") == 1:
        privileges[2] = _int(v, "pub_audio_privilege_expire")
        privileges[3] = _int(v, "pub_video_privilege_expire")
        privileges[4] = _int(v, "pub_data_stream_privilege_expire")
    return _int(v, "rtc_token_expire"), [
        Service(1, privileges, channel_name=_str(v, "channel_name"), uid=_str(v, "rtc_account")),
        Service(2, {1: _int(v, "rtm_token_expire")}, user_id=_str(v, "rtm_user_id")),
    ]


def _rtm(v: Values) -> tuple[int, list[Service]]:
    expire = _int(v, "expire")
    return expire, [Service(2, {1: expire}, user_id=_str(v, "user_id"))]


def _rtm_permissions(v: Values) -> tuple[int, list[Service]]:
    permissions = v["permissions"]
    assert isinstance(permissions, dict)
    expire = _int(v, "expire")
    return expire, [Service(8, {1: expire}, user_id=_str(v, "user_id"), permissions=permissions)]


def _chat_user(v: Values) -> tuple[int, list[Service]]:
    expire = _int(v, "expire")
    return expire, [Service(5, {1: expire}, user_id=_str(v, "user_id"))]


def _chat_app(v: Values) -> tuple[int, list[Service]]:
    expire = _int(v, "expire")
    return expire, [Service(5, {2: expire}, user_id="")]


def _apaas_room_user(v: Values) -> tuple[int, list[Service]]:
    expire, user = _int(v, "expire"), _str(v, "user_uuid")
    room = Service(
        7, {1: expire}, room_uuid=_str(v, "room_uuid"), user_uuid=user, role=_int(v, "role")
    )
    return expire, [
        room,
        Service(2, {1: expire}, user_id=user),
        Service(5, {1: expire}, user_id=md5_hex(user)),
    ]


def _apaas_user(v: Values) -> tuple[int, list[Service]]:
    expire = _int(v, "expire")
    return expire, [Service(7, {2: expire}, room_uuid="", user_uuid=_str(v, "user_uuid"), role=-1)]


def _apaas_app(v: Values) -> tuple[int, list[Service]]:
    expire = _int(v, "expire")
    return expire, [Service(7, {3: expire}, role=-1)]


def _fpa(v: Values) -> tuple[int, list[Service]]:
    return DAY, [Service(4, {1: 0})]


def _services(v: Values) -> tuple[int, list[Service]]:
    services = v["services"]
    assert isinstance(services, tuple)
    return _int(v, "expire"), list(services)


rtc_rtm2_007: Final = _token_007(_rtc_rtm2)
rtm_007: Final = _token_007(_rtm)
rtm_permissions_007: Final = _token_007(_rtm_permissions)
chat_user_007: Final = _token_007(_chat_user)
chat_app_007: Final = _token_007(_chat_app)
apaas_room_user_007: Final = _token_007(_apaas_room_user)
apaas_user_007: Final = _token_007(_apaas_user)
apaas_app_007: Final = _token_007(_apaas_app)
fpa_007: Final = _token_007(_fpa)
services_007: Final = _token_007(_services)


# --- 006: each kind gives the channel (or RTM account), the uid text and the privileges --------

_SIMPLE_ROLES: Final[Mapping[int, tuple[int, ...]]] = {
    1: (1, 2, 3, 4),
    2: (1, 2, 3, 4),
    3: (1,),
    4: (1, 2, 3, 4),
}


def _token_006(fields_of: _Channel006) -> Builder:
    def build(app_id: str, certificate: str, values: Values) -> str:
        channel, uid, privileges = fields_of(values)
        return access_token.encode(
            app_id,
            certificate,
            channel,
            uid,
            privileges,
            salt=_int(values, "salt"),
            ts=_int(values, "ts"),
        )

    return build


def _rtc_006(who: Callable[[Values], str]) -> _Channel006:
    def fields(v: Values) -> tuple[str, str, dict[int, int]]:
        privileges = _rtc_privileges(_int(v, "role"), _int(v, "privilege_expired_ts"), (0, 1, 101))
        return _str(v, "channel_name"), who(v), privileges

    return fields


def _rtm_006(v: Values) -> tuple[str, str, dict[int, int]]:
    return _str(v, "user_account"), "", {1000: _int(v, "privilege_expired_ts")}


def _simple_006(v: Values) -> tuple[str, str, dict[int, int]]:
    privileges = dict.fromkeys(_SIMPLE_ROLES[_int(v, "role")], 0)
    return _str(v, "channel_name"), identity(_int(v, "uid")), privileges


def _privileges_006(v: Values) -> tuple[str, str, dict[int, int]]:
    privileges = v["privileges"]
    assert isinstance(privileges, dict)
    return _str(v, "channel_name"), _str(v, "uid"), privileges


rtc_uid_006: Final = _token_006(_rtc_006(_uid_007))
rtc_account_006: Final = _token_006(_rtc_006(_account_007))
rtm_006: Final = _token_006(_rtm_006)
simple_006: Final = _token_006(_simple_006)
privileges_006: Final = _token_006(_privileges_006)


# --- dynamic keys and signaling ------------------------------------------------------------------


def dynamic_key5(service_type: int, *, permission: bool = False) -> Builder:
    """The 005 builder of one service type (1 media channel ... 4 in-channel permission)."""

    def build(app_id: str, certificate: str, v: Values) -> str:
        return dynamic_key.encode5(
            service_type,
            app_id,
            certificate,
            _str(v, "channel_name"),
            _int(v, "uid"),
            unix_ts=_int(v, "unix_ts"),
            random_int=_int(v, "random_int"),
            expired_ts=_int(v, "expired_ts"),
            extra={1: _str(v, "permission")} if permission else {},
        )

    return build


def dynamic_key4(tag: str) -> Builder:
    """The 004 builder of one service tag (ACS, ARS, APSS)."""

    def build(app_id: str, certificate: str, v: Values) -> str:
        return dynamic_key.encode4(
            tag,
            app_id,
            certificate,
            _str(v, "channel_name"),
            _int(v, "uid"),
            unix_ts=_int(v, "unix_ts"),
            random_int=_int(v, "random_int"),
            expired_ts=_int(v, "expired_ts"),
        )

    return build


def dynamic_key3(prefix: str) -> Builder:
    """The 003 builder (prefix "003") or the 002 one (no prefix): the same bytes."""

    def build(app_id: str, certificate: str, v: Values) -> str:
        return dynamic_key.encode3(
            app_id,
            certificate,
            _str(v, "channel_name"),
            _int(v, "uid"),
            unix_ts=_int(v, "unix_ts"),
            random_int=_int(v, "random_int"),
            expired_ts=_int(v, "expired_ts"),
            prefix=prefix,
        )

    return build


def dynamic_key1(app_id: str, certificate: str, v: Values) -> str:
    """The 001 (v1) key: channel, generation time and random number, no uid."""
    return dynamic_key.encode1(
        app_id,
        certificate,
        _str(v, "channel_name"),
        unix_ts=_int(v, "unix_ts"),
        random_int=_int(v, "random_int"),
    )


def signaling_token(app_id: str, certificate: str, v: Values) -> str:
    """The signaling (legacy RTM) token of an account."""
    return signaling.encode(app_id, certificate, _str(v, "account"), _int(v, "expired_ts"))
