"""``report.explain``: a row for every field the format carries, with names and relative times."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from agora_token_gui.core import catalog, detect, report
from agora_token_gui.core.build import build
from agora_token_gui.core.report import Node
from tests.fuzz import sample_request
from tests.tokens import APP, CERT

UTC = dt.timezone.utc
NOW = 1_700_000_000


def rows(token: str, now: int = NOW) -> list[Node]:
    return [
        node for row in report.explain(detect.decode(token), now, UTC) for _, node in row.walk()
    ]


def shown(nodes: list[Node]) -> str:
    return "\n".join(f"{n.label}\t{n.value}\t{n.raw}" for n in nodes)


def scalars(value: object) -> list[str]:
    """Every number and string inside a decoded-token JSON value."""
    if isinstance(value, dict):
        return [s for v in value.values() for s in scalars(v)]
    if isinstance(value, list):
        return [s for v in value for s in scalars(v)]
    return [str(value)]


SKIP = {
    "format_name",
    "service_count",
    "trailing_bytes",
    "expires_at",
    "signature_hex",
    "name",
    # the effective expiry (core/expiry.py) is shown as one sentence, not field by field
    "effective_expires_at",
    "limited_by_privilege",
    "capabilities",
}


@pytest.mark.parametrize("kind", catalog.KINDS, ids=[k.key for k in catalog.KINDS])
def test_explain_shows_every_decoded_field(kind: catalog.KeyKind) -> None:
    rng = random.Random(kind.key)
    token = build(sample_request(kind, rng), now=NOW, randint=rng.randint).token
    decoded = detect.decode(token)
    data = detect.to_json(decoded)
    text = shown(rows(token))
    for key, value in data.items():
        if key in SKIP:
            continue
        for item in scalars(value):
            assert item in text, (key, item)
    labels = {n.label for n in rows(token)}
    if kind.format == "stream_key":  # no signature, no App ID: encrypted under the certificate
        assert {"Format", "IV", "Contents"} <= labels
        return
    signature = data.get("signature_hex", data.get("signature", data.get("sig")))
    assert isinstance(signature, str)
    assert signature in text
    identity = "Access Key (AK)" if kind.format == "whiteboard" else "App ID"
    assert {"Format", identity, "Signature"} <= labels


def test_007_rows() -> None:
    token = build(
        {
            "format": "007",
            "builder": "rtc_uid",
            "app_id": APP,
            "app_certificate": CERT,
            "channel_name": "room",
            "uid": 0,
            "role": 1,
            "token_expire": 600,
            "privilege_expire": 0,
            "issue_ts": NOW - 300,
            "salt": 9,
        }
    ).token
    nodes = {n.label: n for n in rows(token)}
    assert nodes["Format"].value == "AccessToken2 (007)"
    assert nodes["Issued"].value == "2023-11-14 22:08:20 UTC, 5 min ago"
    assert nodes["Lifetime"].value == "600 s (10 min)"
    assert nodes["Expires"].value.endswith("in 5 min")
    assert nodes["Expires"].status == "ok"
    assert nodes["Salt"].value == "9"
    assert nodes["uid"].value.startswith('"" (any user')
    assert nodes["joinChannel (1)"].value == "0 (no separate limit)"
    assert "Services (1)" in nodes
    assert "[1] RTC" in nodes


def test_expiry_status_colours() -> None:
    def expires(issue_ts: int) -> Node:
        token = build(
            {
                "format": "007",
                "builder": "fpa",
                "app_id": APP,
                "app_certificate": CERT,
                "issue_ts": issue_ts,
                "salt": 1,
            }
        ).token
        return next(n for n in rows(token) if n.label == "Expires")

    assert expires(NOW - 86400).status == "error"  # expired just now
    assert expires(NOW - 86400 + 20).status == "warning"  # 20 s left
    assert expires(NOW).status == "ok"
    assert expires(NOW - 86400 - 7200).value.endswith("2 h ago")


def test_006_and_legacy_rows() -> None:
    r006 = build(
        {
            "format": "006",
            "builder": "privileges",
            "app_id": APP,
            "app_certificate": CERT,
            "channel_name": "c",
            "uid": "",
            "privileges": {"1": 0, "2": NOW + 60},
            "ts": NOW + 3600,
        },
    ).token
    nodes = {n.label: n for n in rows(r006)}
    assert nodes["kJoinChannel (1)"].value == "0 (never expires)"
    assert nodes["kPublishAudioStream (2)"].value.endswith("in 1 min")
    assert nodes["Expires (ts)"].value.endswith("in 1 h")
    assert nodes["CRC-32 of uid"].value == '0 (uid "", any user)'
    dk5 = build(
        {
            "format": "005",
            "builder": "in_channel_permission",
            "app_id": APP,
            "app_certificate": CERT,
            "channel_name": "c",
            "uid": 1,
            "expired_ts": 0,
            "permission": "3",
        }
    ).token
    nodes = {n.label: n for n in rows(dk5)}
    assert nodes["Permission"].value == "'3' (audio and video upload)"
    assert nodes["Expires"].value == "0 (never)"
    assert nodes["Service"].value == "in-channel permission (4)"
    dk1 = build(
        {
            "format": "001",
            "app_id": APP,
            "app_certificate": CERT,
            "channel_name": "c",
            "random_int": 255,
        }
    ).token
    nodes = {n.label: n for n in rows(dk1)}
    assert nodes["Random"].value == "255 (0x000000ff)"
    assert nodes["Expires"].value.startswith("never")


def test_rtm2_permissions_rows() -> None:
    token = build(
        {
            "format": "007",
            "builder": "rtm_permissions",
            "app_id": APP,
            "app_certificate": CERT,
            "user_id": "u",
            "permissions": {"0": {"0": ["a", "b"], "1": []}, "9": {}},
        }
    ).token
    nodes = {n.label: n for n in rows(token)}
    assert nodes["read (0)"].value == "a, b"
    assert nodes["write (1)"].value == "(none)"
    assert nodes["unknown (9)"].value == "(none)"


def test_repairs_appear_as_warning_rows() -> None:
    token = build(
        {
            "format": "signaling",
            "app_id": APP,
            "app_certificate": CERT,
            "account": "a",
            "expired_ts": 5,
        }
    ).token
    (first, second, *_) = report.explain(detect.decode(f' "{token}" '), NOW, UTC)
    assert first.label == "Format"
    assert (second.label, second.status) == ("Repaired", "warning")


def test_render_text_indents_children() -> None:
    tree = (Node("A", "1", children=(Node("b", "2", children=(Node("c"),)),)),)
    assert (
        report.render_text(tree) == "A                        1\n  b                      2\n    c"
    )
