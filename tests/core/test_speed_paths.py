"""The fast paths agree with the careful ones: same bytes, same objects, same errors.

Every hot path of the core has a shortcut for the usual case and falls back to the general code
for anything else. These tests drive both with many inputs, usual and odd, and compare.
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import os
import random
import re
import struct
import zlib
from collections.abc import Callable, Mapping

import pytest

from agora_token_gui.core import (
    access_token,
    access_token2,
    batch,
    build,
    detect,
    encoding,
    verification,
)
from agora_token_gui.core.access_token import AccessToken
from agora_token_gui.core.access_token2 import AccessToken2, Service
from agora_token_gui.core.catalog import find
from agora_token_gui.core.errors import InvalidInputError, MalformedTokenError, TokenError
from agora_token_gui.core.packing import pack_str
from agora_token_gui.core.request import _warnings, check
from tests.tokens import APP, CERT

NOW = 1_700_000_000
Header = tuple[int, int, int]


def outcome(call: Callable[[], object]) -> object:
    """What a call returns, or the type and message of what it raises."""
    try:
        return call()
    except (TokenError, struct.error, UnicodeError, OverflowError, TypeError) as exc:
        return (type(exc), str(exc))


# --- 007 building ---------------------------------------------------------------------------


def reference_signing_info(
    app_id: str, services: list[Service], issue_ts: int, expire: int, salt: int
) -> bytes:
    """The signed bytes as §2.3 describes them, one field at a time (the original code)."""
    ordered = sorted(services, key=lambda s: s.type)
    try:
        parts = [pack_str(app_id), struct.pack("<IIIH", issue_ts, expire, salt, len(ordered))]
        parts += [access_token2._pack_service(s) for s in ordered]
    except struct.error as exc:
        raise InvalidInputError(f"A number is out of range for its field ({exc}).") from exc
    return b"".join(parts)


def random_text(rng: random.Random) -> str:
    return rng.choice(
        [
            "",
            "demo",
            "7d72365eb983485397e3e3f9d460bdda",
            "2882341273",
            "é漢字🙂",
            "x" * rng.choice((64, 255, 65535, 65536)),
            "a\udcffb",  # a lone surrogate: cannot be UTF-8
        ]
    )


def random_number(rng: random.Random, bits: int) -> int:
    return rng.choice((0, 1, 3600, (1 << bits) - 1, 1 << bits, -1, rng.getrandbits(bits)))


def random_service(rng: random.Random) -> Service:
    service_type = rng.choice((1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 70000))
    count = rng.choice((0, 1, 1, 4, 4, 2, 3, 5, 8, 9, 12))
    ids = rng.sample(range(1, 20), count) if rng.random() < 0.5 else list(range(1, count + 1))
    privileges = {key: random_number(rng, 32) for key in ids}
    texts = {name: random_text(rng) for name in access_token2.SERVICE_FIELDS.get(service_type, ())}
    texts.pop("role", None)
    texts.pop("permissions", None)
    permissions: dict[int, dict[int, tuple[str, ...]]] = {}
    if rng.random() < 0.5:
        permissions = {0: {1: ("a", "b")}, 4: {0: ()}}
    return Service(
        service_type,
        privileges,
        role=random_number(rng, 15),
        permissions=permissions,
        **texts,
    )


def test_007_signed_bytes_match_the_field_by_field_packing() -> None:
    rng = random.Random(7)
    for _ in range(4000):
        services = [random_service(rng) for _ in range(rng.choice((1, 1, 1, 2, 3)))]
        app_id = rng.choice((APP, APP, "short", "é" * 16, "a" * 33))
        issue_ts, salt = random_number(rng, 32), random_number(rng, 32)
        expire = rng.choice((3600, 1 << 32))

        header = (issue_ts, expire, salt)

        def fast(a: str = app_id, s: list[Service] = services, h: Header = header) -> bytes:
            return access_token2.signing_info(a, s, issue_ts=h[0], expire=h[1], salt=h[2])

        def careful(a: str = app_id, s: list[Service] = services, h: Header = header) -> bytes:
            return reference_signing_info(a, s, *h)

        assert outcome(fast) == outcome(careful), (app_id, services, issue_ts, expire, salt)
        for service in services:

            def general(s: Service = service) -> bytes:
                return access_token2._pack_service(s)

            assert outcome(service.pack) == outcome(general)


def test_007_builds_take_any_iterable_of_services() -> None:
    services = [
        Service(2, {1: 5}, user_id="u"),
        Service(1, {4: 1, 3: 2, 2: 3, 1: 4}, channel_name="c", uid="7"),
    ]
    pins = {"issue_ts": NOW, "expire": 60, "salt": 9}
    expected = access_token2.encode(APP, CERT, services, **pins)
    assert access_token2.encode(APP, CERT, iter(services), **pins) == expected
    assert access_token2.encode(APP, CERT, tuple(services), **pins) == expected
    decoded = access_token2.decode(expected)
    assert [s.type for s in decoded.services] == [1, 2]  # sorted by type
    assert list(decoded.services[0].privileges) == [1, 2, 3, 4]  # PrivMap: ascending ids


def test_the_named_tuples_keep_their_dataclass_manners() -> None:
    service = Service(1, {1: 2}, channel_name="c", uid="9")
    assert service == Service(1, {1: 2}, "c", "9")
    assert service.name == "RTC"
    assert service.fields == ("channel_name", "uid")
    assert (service.account, service.role, service.permissions) == ("", -1, {})
    assert repr(service).startswith("Service(type=1, privileges={1: 2}, channel_name='c'")
    with pytest.raises(AttributeError):
        service.uid = "10"  # type: ignore[misc]
    token = access_token2.decode(
        access_token2.encode(APP, CERT, [service], issue_ts=5, expire=7, salt=1)
    )
    assert isinstance(token, AccessToken2)
    assert (token.format, AccessToken2.format, token.expires_at) == ("007", "007", 12)
    assert not hasattr(token, "__dict__")
    legacy = access_token.decode(access_token.encode(APP, CERT, "c", "9", {1: 0}, salt=1, ts=NOW))
    assert isinstance(legacy, AccessToken)
    assert (legacy.format, legacy.expires_at) == ("006", NOW)
    assert legacy == AccessToken(*legacy)


# --- 007 and 006 parsing --------------------------------------------------------------------


# --- 006 building ---------------------------------------------------------------------------


def test_006_messages_match_sorted_packing_and_its_errors() -> None:
    rng = random.Random(6)
    for _ in range(3000):
        count = rng.choice((0, 1, 2, 4, 4, 4, 8, 9))
        keys = rng.sample(range(0, 70000), count) if rng.random() < 0.3 else range(1, count + 1)
        privileges = {key: random_number(rng, 32) for key in keys}
        salt, ts = random_number(rng, 32), random_number(rng, 32)

        def reference(p: Mapping[int, int] = privileges, s: int = salt, t: int = ts) -> bytes:
            try:
                return struct.pack("<IIH", s, t, len(p)) + b"".join(
                    struct.pack("<HI", key, p[key]) for key in sorted(p)
                )
            except struct.error as exc:
                raise InvalidInputError(f"A number is out of range for its field ({exc}).") from exc

        def fast(p: Mapping[int, int] = privileges, s: int = salt, t: int = ts) -> bytes:
            return access_token.message(s, t, p)

        assert outcome(fast) == outcome(reference)


def test_006_tokens_are_laid_out_as_the_reference_lays_them_out() -> None:
    for channel, uid in (("demo", "123"), ("", ""), ("é", "u")):
        token = access_token.encode(APP, CERT, channel, uid, {3: 9, 1: 7}, salt=5, ts=NOW)
        message = struct.pack("<IIHHIHI", 5, NOW, 2, 1, 7, 3, 9)
        signed = (APP + channel + uid).encode() + message
        signature = access_token.signature(CERT, APP, channel, uid, message)
        assert signature == zlib_free_hmac(CERT.encode(), signed)
        crcs = struct.pack(
            "<IIH", zlib.crc32(channel.encode()), zlib.crc32(uid.encode()), len(message)
        )
        body = b"\x20\x00" + signature + crcs + message
        assert token == "006" + APP + base64.b64encode(body).decode()
        assert access_token.verify(access_token.decode(token), CERT, channel, uid)


def zlib_free_hmac(key: bytes, message: bytes) -> bytes:
    import hmac

    return hmac.digest(key, message, "sha256")


# --- Base64 and detection -------------------------------------------------------------------


_CANONICAL = re.compile(r"[A-Za-z0-9+/]*={0,2}\Z")


def test_base64_strict_mode_accepts_what_the_regex_accepted() -> None:
    rng = random.Random(64)
    alphabet = "ABCab01+/=" + " \n-_é"
    texts = ["", "=", "==", "A===", "QQ==", "QUI=", "QUJD", "QQ==QQ==", "QUJD====", "QQ=A"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(13))) for _ in range(5000)]
    texts += [base64.b64encode(os.urandom(n)).decode() for n in range(20)]
    for text in texts:
        if not len(text) % 4 and _CANONICAL.match(text):
            assert encoding.b64decode(text, "x") == binascii.a2b_base64(text)
        else:
            with pytest.raises(MalformedTokenError):
                encoding.b64decode(text, "x")


def slow_decode(text: str) -> detect.Decoded:
    """detect.decode without its shortcut for whole 007 and 006 tokens."""
    if re.match(r"[A-Za-z0-9+/=:]*\Z", text):
        return detect.Decoded(detect.decode_exact(text), text)
    fixed, repairs = detect.repair(text)
    return detect.Decoded(detect.decode_exact(fixed), fixed, repairs)


def test_detection_shortcut_decodes_as_the_general_steps_do() -> None:
    rng = random.Random(9)
    t007 = access_token2.encode(
        APP, CERT, [Service(1, {1: 5}, channel_name="c", uid="1")], issue_ts=1, expire=2, salt=3
    )
    t006 = access_token.encode(APP, CERT, "c", "1", {1: 0}, salt=1, ts=NOW)
    texts = [t007, t006, t007 + "AAAA", t006[:40], "007", "006", "006" + "0" * 87]
    texts += ["007" + "0" * 87, "006" + "a" * 107, "006" + " " * 32 + t006[35:], "0061 " + t006[5:]]
    for _ in range(3000):
        chars = list(rng.choice((t007, t006)))
        for _ in range(rng.choice((1, 1, 2))):
            position = rng.randrange(len(chars))
            action = rng.choice(("flip", "space", "drop", "percent", "quote"))
            if action == "flip":
                chars[position] = rng.choice("AZaz09+/=: \t\n%\"'é")
            elif action == "space":
                chars.insert(position, " ")
            elif action == "drop":
                del chars[position]
            elif action == "percent":
                chars[position : position + 1] = list("%2B")
            else:
                chars = ['"', *chars, '"']
        texts.append("".join(chars))
    for text in texts:

        def fast(t: str = text) -> detect.Decoded:
            return detect.decode_whole(t)  # decode() then also looks for tokens inside text

        def slow(t: str = text) -> detect.Decoded:
            return slow_decode(t)

        assert outcome(fast) == outcome(slow), text


def test_verification_checks_the_certificate_as_before() -> None:
    token = detect.decode(
        access_token2.encode(APP, CERT, [Service(4, {1: 0})], issue_ts=1, expire=2, salt=3)
    )
    for certificate in (
        CERT,
        CERT.lower(),
        "0" * 32,
        "g" * 32,
        "é" * 32,
        CERT[:31],
        "",
        "0x" + "1" * 30,
    ):

        def verify(c: str = certificate) -> verification.Verification:
            return verification.verify(token, verification.VerifyInputs(c))

        def check(c: str = certificate) -> str:
            return verification.check_certificate(c)

        result, expected = outcome(verify), outcome(check)
        if isinstance(expected, tuple):
            assert result == expected
        else:
            assert isinstance(result, verification.Verification)
            assert result.valid == (certificate == CERT)


# --- requests and batch ---------------------------------------------------------------------


def test_secure_randint_draws_as_system_random_does(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = os.urandom(1 << 14)
    offsets = {"fast": 0, "reference": 0}

    def source(name: str) -> Callable[[int], bytes]:
        def urandom(size: int) -> bytes:
            start = offsets[name]
            offsets[name] = start + size
            return stream[start : start + size]

        return urandom

    class Reference(random.SystemRandom):
        def getrandbits(self, k: int) -> int:
            size = (k + 7) // 8
            return int.from_bytes(source("reference")(size), "big") >> (size * 8 - k)

    reference = Reference()
    monkeypatch.setattr(build, "_urandom", source("fast"))
    for low, high in [build.SALT_RANGE, (0, 0xFFFF_FFFF), (5, 5), (0, 1), (-3, 300)] * 50:
        assert build.secure_randint(low, high) == reference.randint(low, high)
    with pytest.raises(ValueError, match="empty range"):
        build.secure_randint(2, 1)


def test_warnings_follow_the_kind_s_own_fields() -> None:
    import dataclasses

    rtc = find("007", "rtc_uid")
    assert rtc is not None
    strict = dataclasses.replace(
        rtc,
        fields=tuple(
            dataclasses.replace(f, warn_bytes=2) if f.name == "channel_name" else f
            for f in rtc.fields
        ),
    )
    data = {
        "format": "007",
        "builder": "rtc_uid",
        "app_id": APP,
        "app_certificate": CERT,
        "channel_name": "abc",
        "uid": 1,
        "role": "publisher",
        "token_expire": 90_000,
    }
    request, problems = check(data, now=NOW)
    assert request is not None
    assert [p.field for p in problems] == ["token_expire"]
    assert [w.field for w in _warnings(strict, request.values, NOW)] == [
        "channel_name",
        "token_expire",
    ]
    request, problems = check({**data, "issue_ts": 0xFFFF_FFFF - 10}, now=NOW)
    assert [p.field for p in problems] == ["token_expire", "issue_ts"]


def batch_lines() -> list[str]:
    base = {
        "format": "007",
        "builder": "rtc_uid",
        "app_id": APP,
        "app_certificate": CERT,
        "channel_name": "demo",
        "uid": 1,
        "role": 1,
        "token_expire": 600,
    }
    ids: list[object] = ["r1", 'é\u2028"\\\n\x00🙂', "", None, 7, ["x"], "\udcff"]
    lines = []
    for number, request_id in enumerate(ids):
        data = dict(base, uid=number)
        if request_id is not None:
            data["id"] = request_id
        lines.append(json.dumps(data, ensure_ascii=number % 2 == 0) + "\n")
    lines += [
        json.dumps({**base, "id": "warn", "token_expire": 90_000}),
        json.dumps({**base, "id": "bad", "uid": -1}),
        json.dumps({**base, "uid": "x"}) + "  \r\n",
        "{not json\n",
        "[1]\n",
        "\n",
        "   ",
        json.dumps({"format": "006", "builder": "rtm", "app_id": APP, "app_certificate": CERT,
                    "user_account": "ü", "privilege_expired_ts": NOW + 60, "id": "legacy"}),
        json.dumps({"format": "signaling", "app_id": APP, "app_certificate": CERT,
                    "account": "a", "expired_ts": NOW + 60}),
    ]  # fmt: skip
    return lines


def test_batch_output_is_the_json_encoders_byte_for_byte() -> None:
    lines = batch_lines()
    encode = json.JSONEncoder(ensure_ascii=False).encode
    expected = "".join(
        encode(result) + "\n"
        for result in batch.run_batch(lines, now=lambda: NOW, randint=lambda a, b: a + 1)
    )
    out: list[str] = []
    built = batch.write_batch(
        lines, out.append, now=lambda: NOW, randint=lambda a, b: a + 1, first_line=1
    )
    assert "".join(out) == expected
    assert not built  # some lines fail
    assert expected.count("\n") == len(lines) - 2  # blank lines give no result
    good = [line for line in lines if line.strip()]
    good = [line for line in good if "error" not in next(batch.run_batch([line]))]
    assert len(good) == 8
    assert batch.write_batch(good, io.StringIO().write, now=lambda: NOW)


def test_the_batch_clock_is_asked_once_per_request() -> None:
    lines = batch_lines()
    asked = {"run": 0, "write": 0}

    def clock(name: str) -> Callable[[], int]:
        def now() -> int:
            asked[name] += 1
            return NOW

        return now

    list(batch.run_batch(lines, now=clock("run")))
    batch.write_batch(lines, len, now=clock("write"))
    requests_in_lines = sum(1 for line in lines if line.startswith("{") and "not json" not in line)
    assert asked == {"run": requests_in_lines, "write": requests_in_lines}


def test_unusual_json_line_ends_are_read_as_json_loads_reads_them() -> None:
    for end in ("", "\n", "\r\n", " \n", "\t", "\x0b", "\u2028", "\n\n", " x"):
        line = '{"format": "001"}' + end
        (result,) = batch.run_batch([line], now=lambda: NOW)
        try:
            json.loads(line)
        except json.JSONDecodeError:
            assert "not valid JSON" in str(result["error"])
        else:
            assert "not valid JSON" not in str(result.get("error"))


def test_zlib_output_is_cpythons_default_level() -> None:
    token = access_token2.encode(
        APP, CERT, [Service(1, {1: 5}, channel_name="c", uid="1")], issue_ts=1, expire=2, salt=3
    )
    body = base64.b64decode(token[3:])
    assert body == zlib.compress(zlib.decompress(body))
