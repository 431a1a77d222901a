"""core.secrets: every spelling of a certificate key is recognised, stripped and never quoted."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agora_token_gui.core import catalog
from agora_token_gui.core.secrets import describe_value, is_secret_key, strip_secrets
from tests.tokens import CERT

SECRET_SPELLINGS = (
    "app_certificate",
    "App_Certificate",
    "APP_CERTIFICATE",
    "appCertificate",
    "app-certificate",
    "app.certificate",
    "app certificate",
    "app_certificat",  # the typo from the review
    "app_certficate",
    "app_cretificate",
    "app_cerificate",
    "certificate",
    "Certificate ",
    "cert",
    "appCert",
    "secret_access_key",
    "SecretAccessKey",
    "customer_secret",
    "customerSecret",
    "client_secret",
    "secert",
    "password",
)

# Every key a request, a service or a privilege table uses, plus the request envelope.
PLAIN_KEYS = (
    "format",
    "builder",
    "app_id",
    "appId",
    "id",
    "type",
    "services",
    "service",
    "privileges",
    "permissions",
    "channel_name",
    "uid",
    "account",
    "expire",
    "salt",
    "ts",
    "resource",
    "name",
    "role",
    "token",
    "version",
    "select",
    "second",
    "sector",
    "concern",
    "certainty_level_is_not_a_key",  # contains "cert": secret by design (better safe)
)


@pytest.mark.parametrize("key", SECRET_SPELLINGS)
def test_secret_spellings_are_recognised(key: str) -> None:
    assert is_secret_key(key)


def test_no_request_field_of_any_kind_is_secret() -> None:
    names = {spec.name for kind in catalog.KINDS for spec in kind.fields}
    assert names, "the catalogue has fields"
    assert [n for n in names if is_secret_key(n)] == []


@pytest.mark.parametrize("key", PLAIN_KEYS[:-1])
def test_plain_keys_are_not_secret(key: str) -> None:
    assert not is_secret_key(key)


def test_non_text_keys_are_not_secret() -> None:
    assert not is_secret_key(1)
    assert not is_secret_key(None)
    assert not is_secret_key("")


def test_strip_removes_secret_keys_at_any_depth() -> None:
    data = {
        "format": "007",
        "App_Certificate": CERT,
        "services": [{"type": 1, "appCertificate": [CERT], "privileges": {"1": 0}}],
        "nested": {"deeper": {"customer_secret": {"x": CERT}}},
    }
    stripped = strip_secrets(data)
    assert CERT not in repr(stripped)
    assert stripped == {
        "format": "007",
        "services": [{"type": 1, "privileges": {"1": 0}}],
        "nested": {"deeper": {}},
    }
    assert data["App_Certificate"] == CERT, "the input is not changed"


@pytest.mark.parametrize(
    "value", [CERT, [CERT], {"x": CERT}, 12345678901234567890, CERT.lower(), (CERT,), None, 1.5]
)
def test_describe_never_quotes_a_secret_field(value: object) -> None:
    for key in ("app_certificate", "App_Certificate", "app_certificat"):
        text = describe_value(key, value)
        assert CERT.lower() not in text.lower()
        assert "5cfd" not in text.lower()
        assert repr(value) not in text or value is None


def test_describe_quotes_short_plain_values_and_cuts_long_ones() -> None:
    assert describe_value("uid", "abc") == "'abc'"
    long = describe_value("channel_name", "x" * 500)
    assert len(long) < 80
    assert "500 characters" in long
    # A container holding a secret-named key is described, never quoted.
    assert CERT not in describe_value("services", [{"app_certificate": CERT}])


@given(st.text(max_size=300))
def test_any_key_is_judged_quickly_and_without_error(key: str) -> None:
    assert is_secret_key(key) in (True, False)


def test_a_huge_number_is_described_not_quoted() -> None:
    # repr() of an int over 4,300 digits raises ValueError; the description must not.
    huge = 10**5000
    assert describe_value("uid", huge) == f"a number of {huge.bit_length():,} bits"
    assert describe_value("uid", 42) == "42"
