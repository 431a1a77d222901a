"""Go's JSON messages for POST bodies, Go-style writing, and where serve finds its settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agora_token_gui.core.errors import InvalidInputError
from agora_token_gui.serve import config
from agora_token_gui.serve.contract import clean_path, parse_uint, query_value
from agora_token_gui.serve.gojson import GoJSONError, decode_token_request, go_object, go_quote
from tests.serve.helpers import APP, CERT


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{", "unexpected EOF"),
        (b'{"a":[1,]}', "invalid character ']' looking for beginning of value"),
        (b'{"a":1,}', "invalid character '}' looking for beginning of object key string"),
        (b'{"a":1 "b":2}', "invalid character '\"' after object key:value pair"),
        (b'{"a":[1 2]}', "invalid character '2' after array element"),
        (b'{"a":tru}', "invalid character '}' in literal true (expecting 'e')"),
        (b'{"a":"x\x01"}', "invalid character '\\x01' in string literal"),
        (b'{"a":"\\q"}', "invalid character 'q' in string escape code"),
        (b'{"a":-x}', "invalid character 'x' in numeric literal"),
        (b'{"a":1.x}', "invalid character 'x' after decimal point in numeric literal"),
        (b'{"a":1ex}', "invalid character 'x' in exponent of numeric literal"),
        (b"{'a':1}", "invalid character '\\'' looking for beginning of object key string"),
        (b"\xc3", "invalid character 'Ã' looking for beginning of value"),
        (b"[" * 10_001, "exceeded max depth"),
        (
            b'{"uid":{"a":1}}',
            "json: cannot unmarshal object into Go struct field TokenRequest.uid of type string",
        ),
        (
            b'{"expire":true}',
            "json: cannot unmarshal bool into Go struct field TokenRequest.expire of type int",
        ),
        (
            b'{"expire":1e3}',
            "json: cannot unmarshal number 1e3 into Go struct field TokenRequest.expire of type "
            "int",
        ),
    ],
)
def test_go_decoder_messages(body: bytes, message: str) -> None:
    with pytest.raises(GoJSONError) as caught:
        decode_token_request(body)
    assert str(caught.value) == message


def test_go_decoder_fields() -> None:
    body = b' {"UID":"a","uid":"b","tokentype":"rtc","expire":null,"x":{"y":[{}]}} [junk'
    assert decode_token_request(body) == {"uid": "b", "tokenType": "rtc"}
    assert decode_token_request(b'{"expire":-5,"channel":"\\u003c\\ud800"}') == {
        "expire": -5,
        "channel": "<\ufffd",
    }


@given(st.binary(max_size=200))
def test_go_decoder_only_raises_its_own_error(body: bytes) -> None:
    message = "ok"
    try:
        decode_token_request(body)
    except GoJSONError as exc:
        message = str(exc)
    assert message


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.text()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
    max_leaves=20,
)


@settings(max_examples=50, deadline=None)
@given(JSON_VALUES)
def test_go_decoder_accepts_what_json_writes(value: object) -> None:
    import json

    body = json.dumps({"extra": value, "channel": "c"}).encode()
    assert decode_token_request(body)["channel"] == "c"


def test_go_writing() -> None:
    assert go_object({"status": 400, "error": "a<b>&c \u2028 é"}) == (
        '{"error":"a\\u003cb\\u003e\\u0026c \\u2028 é","status":400}'.encode()
    )
    assert go_quote('a"\\\n\x00é') == '"a\\"\\\\\\n\\x00é"'


def test_parse_uint_and_query() -> None:
    assert parse_uint("0060") == 60
    assert parse_uint("18446744073709551615") == 2**64 - 1
    for bad in ("", "+1", " 1", "1.0", "١"):
        with pytest.raises(Exception, match="invalid syntax"):
            parse_uint(bad)
    with pytest.raises(Exception, match="value out of range"):
        parse_uint("99999999999999999999x")
    assert query_value("a=1&expiry=60&expiry=70", "expiry") == "60"
    assert query_value("exp%69ry=5", "expiry") == "5"
    assert query_value("expiry=%zz&expiry=7", "expiry") == "7"
    assert query_value("expiry=1;x&expiry=8", "expiry") == "8"
    assert query_value("expiry=a+b", "expiry") == "a b"
    assert query_value("other=1", "expiry") is None
    assert clean_path("/rtc/a//c/./d/../e/") == "/rtc/a/c/e/"


def test_credentials_come_from_flags_profile_environment_and_env_file(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(
        f'# comment\nexport APP_ID="{APP}"\nAPP_CERTIFICATE={CERT} # inline\nPORT=9000\n',
        encoding="utf-8",
    )
    values = config.settings({}, env_file)
    found = config.resolve_credentials(values)
    assert (found.app_id, found.app_certificate) == (APP, CERT)
    assert found.certificate_source == f"APP_CERTIFICATE in {env_file}"
    assert CERT not in repr(found)
    assert config.resolve_port(values) == 9000
    # the environment wins over the file, SERVER_PORT over PORT, the flag over both
    values = config.settings({"SERVER_PORT": "7000", "APP_ID": "a" * 32}, env_file)
    assert config.resolve_credentials(values).app_id == "a" * 32
    assert config.resolve_port(values) == 7000
    assert config.resolve_port(values, 0) == 0
    assert config.resolve_port({}) == 8080
    # the project's own names
    own = {"AGORA_APP_ID": APP, "AGORA_APP_CERTIFICATE": CERT}
    assert config.resolve_credentials(own).certificate_source == "$AGORA_APP_CERTIFICATE"
    # flags, then a profile
    assert (
        config.resolve_credentials(
            own, app_id="b" * 32, profile=("c" * 32, "d" * 32)
        ).app_certificate
        == "d" * 32
    )


@pytest.mark.parametrize(
    ("values", "flag", "words"),
    [
        ({}, None, "No App ID"),
        ({"APP_ID": APP}, None, "No App Certificate"),
        ({"APP_ID": "xyz", "APP_CERTIFICATE": CERT}, None, "App ID from $APP_ID"),
        ({"APP_ID": APP}, CERT[:-1] + "g", "from --app-certificate"),
    ],
)
def test_credential_errors_never_show_the_certificate(
    values: dict[str, str], flag: str | None, words: str
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        config.resolve_credentials(values, app_certificate=flag)
    assert words in str(caught.value)
    assert CERT[:-1] not in str(caught.value)


def test_bad_port_and_env_file(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="SERVER_PORT"):
        config.resolve_port({"SERVER_PORT": "http"})
    with pytest.raises(InvalidInputError, match="65535"):
        config.resolve_port({}, 70000)
    big = tmp_path / "big.env"
    big.write_bytes(b"A=1\n" * 100_000)
    with pytest.raises(InvalidInputError, match="larger"):
        config.read_env_file(big)
    with pytest.raises(InvalidInputError, match="Cannot read"):
        config.settings({}, tmp_path / "missing.env", explicit_env_file=True)
    assert config.settings({}, tmp_path / "missing.env") == {}
    assert config.exposed("0.0.0.0")
    assert not config.exposed("127.0.0.1")
