"""The grid's template taken from a generator form's request (#9)."""

from __future__ import annotations

from agora_token_gui.core.batch import describe_template, template_from_form
from agora_token_gui.core.catalog import find
from tests.tokens import APP, CERT


def test_the_form_request_loses_credentials_and_the_list_filled_fields() -> None:
    kind = find("007", "rtc_uid")
    assert kind is not None
    request = {
        "format": "007",
        "builder": "rtc_uid",
        "app_id": APP,
        "app_certificate": CERT,
        "channel_name": "demo",
        "uid": 42,
        "role": 2,
        "token_expire": 7200,
        "privilege_expire": 600,
    }
    template = template_from_form(kind, request)
    assert template == {
        "format": "007",
        "builder": "rtc_uid",
        "role": 2,
        "token_expire": 7200,
        "privilege_expire": 600,
    }
    line = describe_template(kind, template)
    assert line.startswith(str(kind.title))
    assert "7200" in line
    assert CERT not in line


def test_an_account_form_drops_the_account() -> None:
    kind = find("007", "rtc_account")
    assert kind is not None
    request = {
        "format": "007",
        "builder": "rtc_account",
        "app_certificate": CERT,
        "channel_name": "c",
        "account": "alice",
        "role": 1,
    }
    assert template_from_form(kind, request) == {
        "format": "007",
        "builder": "rtc_account",
        "role": 1,
    }
