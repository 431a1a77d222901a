"""Issue 14 item 8: what a valid signature does not vouch for: verify, diff, diagnose say it."""

from __future__ import annotations

import base64
import struct
import zlib

from agora_token_gui.core import access_token2, compare, detect, diagnose, verification
from agora_token_gui.core.access_token2 import Service
from agora_token_gui.core.diagnose import ACCEPTED, REJECTED, WARNING, Context
from agora_token_gui.core.verification import VerifyInputs
from tests.tokens import APP, CERT, T, make, rtc

RTC_CONTEXT = Context(
    app_id=APP, app_certificate=CERT, channel_name="demo", uid=123, action="rtc-join", at=T + 10
)


def with_bytes_after_zlib(token: str, extra: bytes) -> str:
    data = base64.b64decode(token[3:])
    return "007" + base64.b64encode(data + extra).decode()


def test_bytes_after_the_zlib_stream_are_reported_everywhere() -> None:
    good = rtc()
    bad = with_bytes_after_zlib(good, b"\x00hello")
    decoded = detect.decode(bad)
    result = verification.verify(decoded, VerifyInputs(CERT))
    assert result.valid  # the signature itself is intact...
    assert [n.code for n in result.notes] == ["trailing_data"]  # ...but not silently
    assert "6 bytes follow the token's compressed body" in result.notes[0].message
    assert detect.to_json(decoded)["after_compressed_bytes"] == 6
    assert not compare.compare(good, bad, now=T).equivalent
    diagnosis = diagnose.diagnose(bad, RTC_CONTEXT)
    assert "trailing_data" in diagnosis.codes
    assert diagnose.diagnose(good, RTC_CONTEXT).codes == ()
    # A clean token has no notes.
    assert verification.verify(detect.decode(good), VerifyInputs(CERT)).notes == ()


def test_two_rtc_services_the_last_one_counts() -> None:
    token = make(
        {
            "format": "007",
            "builder": "services",
            "expire": 3600,
            "services": [
                {"type": 1, "channel_name": "demo", "uid": "123", "privileges": {"1": 3600}},
                {"type": 1, "channel_name": "other", "uid": "123", "privileges": {"1": 3600}},
            ],
        }
    )
    result = verification.verify(detect.decode(token), VerifyInputs(CERT))
    assert [n.code for n in result.notes] == ["duplicate_service"]
    diagnosis = diagnose.diagnose(token, RTC_CONTEXT)
    assert diagnosis.verdict == REJECTED
    assert {"duplicate_service", "channel_mismatch"} <= set(diagnosis.codes)


def test_unknown_service_type_is_a_finding() -> None:
    token = access_token2.encode(
        APP,
        CERT,
        [Service(1, {1: 0}, channel_name="demo", uid="123"), Service(99, {1: 0})],
        issue_ts=T,
        expire=3600,
        salt=1,
    )
    result = verification.verify(detect.decode(token), VerifyInputs(CERT))
    assert result.valid
    assert [n.code for n in result.notes] == ["unknown_service"]
    diagnosis = diagnose.diagnose(token, RTC_CONTEXT)
    (finding,) = [f for f in diagnosis.findings if f.code == "unknown_service"]
    assert finding.severity == WARNING
    assert "Service type 99" in finding.message


def _with_channel_crc(token: str, crc: int) -> str:
    """The 006 token with its channel CRC-32 replaced (the CRCs are not signed)."""
    body = bytearray(base64.b64decode(token[3 + 32 :]))
    (sig_len,) = struct.unpack_from("<H", body, 0)
    struct.pack_into("<I", body, 2 + sig_len, crc)
    return token[: 3 + 32] + base64.b64encode(bytes(body)).decode()


def test_006_crc_not_covered_by_the_signature_is_said_plainly() -> None:
    token = make(
        {
            "format": "006",
            "builder": "rtc_uid",
            "channel_name": "demo",
            "uid": 123,
            "role": 1,
            "privilege_expired_ts": T + 3600,
        }
    )
    changed = _with_channel_crc(token, zlib.crc32(b"other"))
    inputs = VerifyInputs(CERT, "demo", 123)
    result = verification.verify(detect.decode(changed), inputs)
    assert result.valid  # the signature covers the channel, not its stored CRC
    assert result.mismatched == ("channel_name",)
    (note,) = result.notes
    assert note.code == "crc_not_signed"
    assert "not covered by the signature" in note.message
    diagnosis = diagnose.diagnose(changed, RTC_CONTEXT)
    assert diagnosis.verdict == REJECTED
    assert {"channel_mismatch", "crc_not_signed"} <= set(diagnosis.codes)
    assert verification.verify(detect.decode(token), inputs).notes == ()
    assert diagnose.diagnose(token, RTC_CONTEXT).verdict == ACCEPTED
