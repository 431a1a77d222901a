"""Properties for every key kind: build -> decode gives the inputs back, verify accepts them,
and any one changed byte of the signature or the signed content is caught.

The expected structures below are an independent model of token-formats.md §2.9, §3.5 and
§4-§8, not a call into the builders they check.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agora_token_gui.core import catalog, detect
from agora_token_gui.core.access_token2 import SERVICE_FIELDS, SERVICE_NAMES
from agora_token_gui.core.build import build
from agora_token_gui.core.catalog import FieldKind, FieldSpec, KeyKind
from agora_token_gui.core.errors import TokenError
from agora_token_gui.core.verification import VerifyInputs, verify
from tests.fuzz import join_body, split_body

NOW = 1_700_000_000
U32 = 2**32 - 1
DAY = 86_400
EXAMPLES = 50

hex32 = st.text(alphabet="0123456789abcdefABCDEF", min_size=32, max_size=32)
u32 = st.one_of(st.sampled_from((0, 1, U32)), st.integers(0, U32))
u16_key = st.integers(0, 0xFFFF).map(str)
text = st.one_of(st.sampled_from(("", "0", "é漢😀", " ", "a" * 70)), st.text(max_size=16))
permissions = st.dictionaries(
    u16_key, st.dictionaries(u16_key, st.lists(text, max_size=3), max_size=3), max_size=3
)
service_type = st.one_of(st.integers(1, 10), st.integers(11, 0xFFFF), st.just(0))


@st.composite
def service(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(service_type)
    item: dict[str, Any] = {"type": kind}
    if draw(st.booleans()):
        item["privileges"] = draw(st.dictionaries(u16_key, u32, max_size=4))
    for name in SERVICE_FIELDS.get(kind, ()):
        if draw(st.integers(0, 4)) == 0:
            continue  # left out: the field's default ("", -1, no permissions)
        if name == "role":
            item[name] = draw(st.integers(-32768, 32767))
        elif name == "permissions":
            item[name] = draw(permissions)
        else:
            item[name] = draw(text)
    return item


def value_of(spec: FieldSpec) -> st.SearchStrategy[Any]:
    kind = spec.kind
    if kind is FieldKind.TEXT:
        return text
    if kind in (FieldKind.UINT32, FieldKind.UID, FieldKind.DURATION, FieldKind.TIMESTAMP):
        return u32
    if kind is FieldKind.INT16:
        return st.one_of(st.sampled_from((-32768, -1, 0, 32767)), st.integers(-32768, 32767))
    if kind is FieldKind.CHOICE:
        return st.sampled_from([c.value for c in spec.choices])
    if kind is FieldKind.PRIVILEGES:
        return st.dictionaries(
            st.sampled_from(("1", "2", "3", "4", "1000")) | u16_key, u32, max_size=5
        )
    if kind is FieldKind.PERMISSIONS:
        return permissions
    return st.lists(service(), min_size=1, max_size=5)


@st.composite
def request_of(draw: st.DrawFn, kind: KeyKind) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": kind.format,
        "app_id": draw(hex32),
        "app_certificate": draw(hex32),
    }
    if not kind.implicit_builder or draw(st.booleans()):
        data["builder"] = kind.builder
    for spec in kind.fields:
        if spec.required or draw(st.booleans()):
            data[spec.name] = draw(value_of(spec))
    return data


# --- the model ----------------------------------------------------------------------------------


def ident(uid: int) -> str:
    return "" if uid == 0 else str(uid)


def privs(**values: int) -> dict[str, int]:
    return {k.removeprefix("p"): v for k, v in values.items()}


def svc(type_: int, privileges: dict[str, int], **fields: Any) -> dict[str, Any]:
    return {"type": type_, "name": SERVICE_NAMES[type_], "privileges": privileges, **fields}


def rtc(channel: str, uid: str, privileges: dict[str, int]) -> dict[str, Any]:
    return svc(1, privileges, channel_name=channel, uid=uid)


def model_007(builder: str, d: dict[str, Any]) -> tuple[int, list[dict[str, Any]], int | None]:
    """(header expire, decoded services, first unknown service type) for a 007 request."""
    if builder in ("rtc_uid", "rtc_account", "rtc_rtm"):
        who = ident(d["uid"]) if builder == "rtc_uid" else d["account"]
        pe = d.get("privilege_expire", 0)
        privileges = privs(p1=pe, p2=pe, p3=pe, p4=pe) if d["role"] == 1 else privs(p1=pe)
        out = [rtc(d["channel_name"], who, privileges)]
        if builder == "rtc_rtm":
            out.append(svc(2, privs(p1=d["token_expire"]), user_id=who))
        return d["token_expire"], out, None
    if builder in ("rtc_uid_privileges", "rtc_account_privileges"):
        who = ident(d["uid"]) if builder == "rtc_uid_privileges" else d["account"]
        four = privs(
            p1=d["join_channel_privilege_expire"],
            p2=d["pub_audio_privilege_expire"],
            p3=d["pub_video_privilege_expire"],
            p4=d["pub_data_stream_privilege_expire"],
        )
        return d["token_expire"], [rtc(d["channel_name"], who, four)], None
    if builder == "rtc_rtm2":
        rtc_privileges = privs(p1=d["join_channel_privilege_expire"])
        if d["rtc_role"] == 1:
            rtc_privileges.update(
                privs(
                    p2=d["pub_audio_privilege_expire"],
                    p3=d["pub_video_privilege_expire"],
                    p4=d["pub_data_stream_privilege_expire"],
                )
            )
        return (
            d["rtc_token_expire"],
            [
                rtc(d["channel_name"], d["rtc_account"], rtc_privileges),
                svc(2, privs(p1=d["rtm_token_expire"]), user_id=d["rtm_user_id"]),
            ],
            None,
        )
    expire = d.get("expire", 0)
    if builder == "rtm":
        return expire, [svc(2, privs(p1=expire), user_id=d["user_id"])], None
    if builder == "rtm_permissions":
        perms = permissions_json(d["permissions"])
        return expire, [svc(8, privs(p1=expire), user_id=d["user_id"], permissions=perms)], None
    if builder == "chat_user":
        return expire, [svc(5, privs(p1=expire), user_id=d["user_id"])], None
    if builder == "chat_app":
        return expire, [svc(5, privs(p2=expire), user_id="")], None
    if builder.endswith("_room_user"):
        user = d["user_uuid"]
        md5 = hashlib.md5(user.encode(), usedforsecurity=False).hexdigest()
        return (
            expire,
            [
                svc(2, privs(p1=expire), user_id=user),
                svc(5, privs(p1=expire), user_id=md5),
                svc(7, privs(p1=expire), room_uuid=d["room_uuid"], user_uuid=user, role=d["role"]),
            ],
            None,
        )
    if builder.endswith("_user"):
        return (
            expire,
            [svc(7, privs(p2=expire), room_uuid="", user_uuid=d["user_uuid"], role=-1)],
            None,
        )
    if builder.endswith("_app"):
        return expire, [svc(7, privs(p3=expire), room_uuid="", user_uuid="", role=-1)], None
    if builder == "fpa":
        return DAY, [svc(4, privs(p1=0))], None
    assert builder == "services"
    listed: list[dict[str, Any]] = []
    for item in sorted(d["services"], key=lambda s: int(s["type"])):  # stable (§2.6)
        type_ = item["type"]
        if type_ not in SERVICE_FIELDS:
            return expire, listed, type_  # the parser stops at the first unknown type (§2.10)
        fields: dict[str, Any] = {}
        for name in SERVICE_FIELDS[type_]:
            default: Any = {"role": -1, "permissions": {}}.get(name, "")
            fields[name] = item.get(name, default)
            if name == "permissions":
                fields[name] = permissions_json(fields[name])
        privileges = {str(int(k)): v for k, v in item.get("privileges", {}).items()}
        listed.append(svc(type_, privileges, **fields))
    return expire, listed, None


def permissions_json(perms: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, list[str]]]:
    return {str(int(r)): {str(int(p)): list(n) for p, n in by.items()} for r, by in perms.items()}


SIMPLE = {1: (1, 2, 3, 4), 2: (1, 2, 3, 4), 3: (1,), 4: (1, 2, 3, 4)}


def model_006(builder: str, d: dict[str, Any]) -> tuple[str, str, dict[str, int]]:
    """(channel text, uid text, privileges) that a 006 request signs."""
    if builder == "privileges":
        return (
            d["channel_name"],
            d.get("uid", ""),
            {str(int(k)): v for k, v in d["privileges"].items()},
        )
    if builder == "rtm":
        return d["user_account"], "", {"1000": d["privilege_expired_ts"]}
    if builder == "simple":
        return d["channel_name"], ident(d["uid"]), {str(p): 0 for p in SIMPLE[d["role"]]}
    who = ident(d["uid"]) if builder == "rtc_uid" else d["account"]
    pets = d["privilege_expired_ts"]
    ids = (1, 2, 3, 4) if d["role"] in (0, 1, 101) else (1,)
    return d["channel_name"], who, {str(p): pets for p in ids}


DK5_TYPES = {"media_channel": 1, "recording": 2, "public_sharing": 3, "in_channel_permission": 4}
DK4_TAGS = {"media_channel": "ACS", "recording": "ARS", "public_sharing": "APSS"}


def check_round_trip(kind: KeyKind, d: dict[str, Any], token: str) -> VerifyInputs:
    """Assert what the decoded token shows; return the inputs that must verify it."""
    decoded = detect.decode(token)
    assert decoded.repairs == ()
    assert decoded.text == token
    out = detect.to_json(decoded)
    fmt, builder, cert = kind.format, kind.builder, d["app_certificate"]
    assert out["format"] == fmt
    assert out["app_id"] == (d["app_id"].lower() if fmt == "005" else d["app_id"])
    if fmt == "007":
        expire, services, stopped = model_007(builder, d)
        assert (out["issue_ts"], out["salt"], out["expire"]) == (d["issue_ts"], d["salt"], expire)
        assert out["services"] == services
        assert out.get("stopped_at_unknown_service_type") == stopped
        assert out.get("trailing_bytes", 0) == 0
        return VerifyInputs(cert)
    if fmt == "006":
        channel, uid, privileges = model_006(builder, d)
        assert (out["ts"], out["salt"], out["privileges"]) == (d["ts"], d["salt"], privileges)
        assert out["crc_channel_name"] == zlib.crc32(channel.encode())
        assert out["crc_uid"] == zlib.crc32(uid.encode())
        return VerifyInputs(cert, channel, account=uid)
    if fmt == "signaling":
        assert out["expired_ts"] == d["expired_ts"]
        return VerifyInputs(cert, account=d["account"])
    assert (out["unix_ts"], out["random_int"]) == (d["unix_ts"], d["random_int"])
    if fmt != "001":
        assert out["expired_ts"] == d["expired_ts"]
    if fmt in ("003", "002"):
        assert out["uid"] == d["uid"]
    if fmt == "005":
        assert out["service_type"] == DK5_TYPES[builder]
        assert out["extra"] == (
            {"1": d["permission"]} if builder == "in_channel_permission" else {}
        )
    if fmt in ("005", "004"):
        return VerifyInputs(cert, d["channel_name"], d["uid"])
    return VerifyInputs(cert, d["channel_name"])


# --- one changed byte ---------------------------------------------------------------------------


def change_one(token: str, draw: Callable[[st.SearchStrategy[Any]], Any]) -> str:
    """Change one byte of the signature or the signed content (§2.5, §3.3, §4-§8).

    Binary formats are changed inside the decoded body and re-encoded validly. The 006 CRC-32s
    are not signed and are left alone; so is the letter case of the hex random column of the
    fixed-width keys, which is read as a number (the signed text is always lower case).
    """
    parts = split_body(token)
    if parts is not None:
        fmt, head, body = parts
        if fmt == "006" and draw(st.integers(0, 4)) == 0:  # the App ID, in clear but signed
            i = draw(st.integers(3, 34))
            char: str = draw(st.characters().filter(lambda c: c != token[i]))
            return token[:i] + char + token[i + 1 :]
        positions = [i for i in range(len(body)) if not (fmt == "006" and 34 <= i < 42)]
        i = draw(st.sampled_from(positions))
        changed = bytearray(body)
        changed[i] ^= draw(st.integers(1, 255))
        return join_body(fmt, head, bytes(changed))
    i = draw(st.integers(0, len(token) - 1))
    random_column = {"004": (85, 93), "003": (85, 93), "002": (82, 90), "001": (82, 90)}
    low, high = random_column.get(detect.decode(token).format, (0, 0))
    in_random = low <= i < high
    swapped = token[i].swapcase()
    if swapped != token[i] and not in_random and draw(st.booleans()):
        return token[:i] + swapped + token[i + 1 :]  # hex case is part of the signed text
    other: str = draw(
        st.characters().filter(
            lambda c: c != token[i] and not (in_random and c.lower() == token[i].lower())
        )
    )
    return token[:i] + other + token[i + 1 :]


# --- the properties -----------------------------------------------------------------------------


# Whiteboard tokens and stream keys have their own properties (test_whiteboard.py,
# test_stream_key.py): a stream key carries no MAC, so one changed byte can still decrypt to a key.
SIGNED_KINDS = [k for k in catalog.KINDS if k.format not in ("whiteboard", "stream_key")]


@pytest.mark.parametrize("kind", SIGNED_KINDS, ids=[k.key for k in SIGNED_KINDS])
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_build_decode_verify_and_tamper(kind: KeyKind, data: st.DataObject) -> None:
    request = data.draw(request_of(kind), label="request")
    pick = data.draw(st.integers(0, U32), label="random")
    result = build(request, now=NOW, randint=lambda low, high: low + pick % (high - low + 1))
    values = {**request, **result.pinned}
    for spec in kind.fields:  # defaults the builder filled in
        if spec.name not in values and spec.default is not None:
            values[spec.name] = spec.default
    inputs = check_round_trip(kind, values, result.token)
    assert verify(detect.decode(result.token), inputs).valid

    changed = change_one(result.token, data.draw)
    try:
        decoded = detect.decode(changed)
    except TokenError:
        return
    if any(r.code == detect.EXTRACTED for r in decoded.repairs):
        # The change left another token standing in the text (a DynamicKey3 is "003" + its
        # DynamicKey2): it is found and said to be found, never passed off as the whole text.
        assert decoded.text != changed.strip()
        return
    assert not verify(decoded, inputs).valid, changed


@settings(max_examples=50, deadline=None)
@given(uid=st.sampled_from((0, 1, U32)) | st.integers(0, U32))
def test_a_numeric_uid_equals_its_digits_as_an_account_except_0(uid: int) -> None:
    """uid 2882341273 and account "2882341273" build the same 007 token; uid 0 is "" (§13.2)."""
    common = {
        "format": "007",
        "app_id": "a" * 32,
        "app_certificate": "b" * 32,
        "channel_name": "c",
        "role": 1,
        "token_expire": 60,
        "issue_ts": 1,
        "salt": 1,
    }
    by_uid = build({**common, "builder": "rtc_uid", "uid": uid}).token
    by_account = build({**common, "builder": "rtc_account", "account": str(uid)}).token
    assert (by_uid == by_account) == (uid != 0)
