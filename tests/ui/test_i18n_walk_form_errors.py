"""In Simplified Chinese, the core's validation errors and build warnings under the generator
forms, in their general message and in the output panel are translated, and so is the decoder's
status line for a malformed token.

Each case types wrong or unusual values into a form (through its widgets: text a validator would
not let a person type is set as the field's text, as a paste or an old setting would), presses
Generate and walks every visible text of the page with the walk tests' rules (tests/ui/words.py).
The messages come from core/request.py, uid.py, build.py and the codecs; their English is what
the CLI prints, so a message left untranslated shows here as English words under a field.
"""

# ruff: noqa: F811  (the `window` fixture is imported, and named by the tests that use it)
from __future__ import annotations

from collections.abc import Mapping

import pytest
from PySide6.QtWidgets import QApplication

from agora_token_gui.core.catalog import KINDS
from agora_token_gui.ui.form import Form, GeneratorTab
from agora_token_gui.ui.main_window import MainWindow

from .helpers import APP_ID, CERTIFICATE, NOW
from .test_i18n_walk import catalogues, window  # noqa: F401
from .words import problems, untranslated

LONG_CHANNEL = "频道" * 30 + "#*"  # 180 bytes, with characters Agora does not document

# (kind, field values, App ID or None for a valid one): what a person might type by mistake.
CASES: list[tuple[str, Mapping[str, object], str | None]] = [
    ("007/rtc_uid", {"channel_name": LONG_CHANNEL, "uid": "99999999999"}, "xyz 123"),
    ("007/rtc_uid", {"channel_name": "", "uid": "+7"}, ""),
    ("007/rtc_uid", {"channel_name": "", "uid": "+7"}, None),
    ("007/rtc_uid", {"channel_name": "room", "uid": 4_294_967_296}, "g" * 32),
    ("007/rtc_uid", {"channel_name": "room", "uid": 7, "token_expire": 172_800}, None),
    (
        "007/rtc_uid",
        {"channel_name": "room", "uid": 7, "token_expire": 3600, "privilege_expire": 600},
        None,
    ),
    ("007/rtc_uid", {"channel_name": "room", "uid": 7, "issue_ts": 4_294_960_000}, None),
    ("007/rtc_account", {"channel_name": "room", "account": ""}, None),
    ("007/rtc_account", {"channel_name": "room", "account": "账号" * 100}, None),
    ("007/rtm", {"user_id": "", "expire": 100_000}, None),
    (
        "007/rtc_uid_privileges",
        {
            "channel_name": "room",
            "uid": 1,
            "token_expire": 3600,
            "join_channel_privilege_expire": 60,
            "pub_audio_privilege_expire": 90_000,
        },
        None,
    ),
    ("007/education_room_user", {"room_uuid": "r", "user_uuid": "u", "role": "99999"}, None),
    ("006/rtc_uid", {"channel_name": "a b*c", "uid": "٣", "privilege_expired_ts": 10}, None),
    ("006/rtc_uid", {"channel_name": "room", "uid": 1, "ts": NOW + 10 * 86_400}, None),
    ("006/rtm", {"user_account": "", "privilege_expired_ts": NOW + 3 * 86_400}, None),
    ("005/media_channel", {"channel_name": "room", "uid": "1e9", "expired_ts": 3600}, None),
    ("signaling/token", {"account": "", "expired_ts": 1}, None),
]


def form_for(main: MainWindow, key: str) -> tuple[GeneratorTab, Form]:
    kind = next(k for k in KINDS if k.key == key)
    main.show_page(kind.group)
    tab = main.page(kind.group)
    assert isinstance(tab, GeneratorTab)
    form = tab.select_kind(key)
    form.advanced.set_expanded(True)
    return tab, form


@pytest.mark.parametrize(
    ("key", "values", "app_id"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_form_errors_and_warnings_are_chinese(
    window: MainWindow, key: str, values: Mapping[str, object], app_id: str | None
) -> None:
    window.app_id_edit.setText(APP_ID if app_id is None else app_id)
    window.certificate_edit.setText(CERTIFICATE)
    tab, form = form_for(window, key)
    for name, value in values.items():
        form.fields[name].set_value(value)  # type: ignore[arg-type]
    result = form.generate()
    QApplication.processEvents()
    shown = [form.fields[name].message.plain_text() for name in values if name in form.fields] + [
        form.general_message.plain_text()
    ]
    assert any(shown) or result is not None, f"{key}: no message and no token"
    assert problems(tab) == []
    assert problems(window.credentials_box) == []
    assert [untranslated(text) for text in shown if untranslated(text)] == []


def test_a_message_follows_a_live_language_switch(window: MainWindow) -> None:
    """The messages on screen are shown again in English, then in Chinese, without retyping."""
    window.app_id_edit.setText(APP_ID)
    window.certificate_edit.setText(CERTIFICATE)
    _, form = form_for(window, "007/rtc_uid")
    form.fields["channel_name"].set_value("room")
    form.fields["uid"].set_value("+7")
    form.generate()
    chinese = form.fields["uid"].message.plain_text()
    assert "不是普通数字" in chinese
    window.set_language("en")
    QApplication.processEvents()
    assert form.fields["uid"].message.plain_text().startswith("User ID (uid) is the text '+7'")
    window.set_language("zh_CN")
    QApplication.processEvents()
    assert form.fields["uid"].message.plain_text() == chinese


MALFORMED = {
    "truncated 007": "007eJxTYBBbsGmFQPMrXzWmqX",
    "not Base64": "007eJx*TYBBbsGmFQPMrXzWmqX",
    "cut 007 payload": "007eJxTYBBbsGmFQPMrXzWmqXvc4c3CfNi6bRRFa1tacq2VmpuhBpFJ",
    "short 006": "006" + APP_ID + "IAB",
    "wrong version 005": "005AQAoADE3",
    "bad DynamicKey4": "004" + "z" * 100,
}


@pytest.mark.parametrize("text", list(MALFORMED.values()), ids=list(MALFORMED))
def test_the_decoder_says_what_is_wrong_in_chinese(window: MainWindow, text: str) -> None:
    window.inspect_token(text)
    QApplication.processEvents()
    pane = window.decoder_pane
    status = pane.status.text()
    assert status, f"no status for {text!r}"
    assert untranslated(status) == "", status
    assert problems(pane) == []
