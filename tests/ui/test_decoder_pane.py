from __future__ import annotations

import json
import statistics
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from agora_token_gui.core.detect import FORMAT_NAMES, decode, to_json
from agora_token_gui.core.errors import TokenError
from agora_token_gui.core.report import explain
from agora_token_gui.core.verification import NEEDS
from agora_token_gui.ui.decoder_pane import DecoderPane
from tests.fuzz import VECTORS as VECTORS_PATH

VECTORS: list[dict[str, Any]] = json.loads(VECTORS_PATH.read_text(encoding="utf-8"))["vectors"]
DECODABLE = [v for v in VECTORS if v["kind"] in ("build", "decode_only")]
BUILT = [v for v in VECTORS if v["kind"] == "build"]
INVALID = [v for v in VECTORS if v["kind"] == "invalid"]
NOW = 1_700_000_000


def vector_id(vector: dict[str, Any]) -> str:
    return str(vector["id"])


def fmt(vector: dict[str, Any]) -> str:
    return decode(vector["expected_token"]).format


def with_channel(vectors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [v for v in vectors if "channel_name" in NEEDS[fmt(v)]]


def with_uid(vectors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [v for v in vectors if {"uid", "uid_or_account"} & set(NEEDS[fmt(v)])]


@pytest.fixture
def pane(qtbot: QtBot) -> DecoderPane:
    widget = DecoderPane(now=lambda: NOW)
    qtbot.addWidget(widget)
    return widget


def items(pane: DecoderPane) -> Iterator[QTreeWidgetItem]:
    def walk(item: QTreeWidgetItem) -> Iterator[QTreeWidgetItem]:
        for index in range(item.childCount()):
            child = item.child(index)
            assert child is not None
            yield child
            yield from walk(child)

    yield from walk(pane.tree.invisibleRootItem())


def rows(pane: DecoderPane) -> list[tuple[str, str]]:
    return [(item.text(0), item.text(1)) for item in items(pane)]


def value_of(pane: DecoderPane, label: str) -> str:
    found = [value for name, value in rows(pane) if name == label]
    assert found, f"no row {label!r} in {rows(pane)}"
    return found[0]


def right_inputs(vector: dict[str, Any]) -> dict[str, str]:
    """What a person would type to verify the vector: exactly the inputs its format needs."""
    inputs = vector["inputs"]
    needs = NEEDS[fmt(vector)]
    typed: dict[str, str] = {}
    if "channel_name" in needs:
        typed["channel_name"] = inputs["channel_name"]
    if "uid" in needs:
        typed["uid"] = str(inputs["uid"])
    if "uid_or_account" in needs:
        if inputs["uid_wire"] == "":
            typed["uid"] = "0"
        elif isinstance(inputs["uid"], int):
            typed["uid"] = str(inputs["uid"])
        else:
            typed["account"] = inputs["uid_wire"]
    if "account" in needs:
        typed["account"] = inputs["account"]
    return typed


def fill(pane: DecoderPane, vector: dict[str, Any]) -> None:
    inputs = vector["inputs"]
    pane.set_token(vector["expected_token"])
    pane.set_credentials(inputs["app_id"], inputs["app_certificate"])
    for name, text in right_inputs(vector).items():
        getattr(pane, name).setText(text)


def other_certificate(certificate: str) -> str:
    return ("0" if certificate[0] != "0" else "1") + certificate[1:]


# --- decoding ----------------------------------------------------------------------------------


@pytest.mark.parametrize("vector", DECODABLE, ids=vector_id)
def test_every_vector_shows_its_fields(pane: DecoderPane, vector: dict[str, Any]) -> None:
    pane.set_token(vector["expected_token"])

    decoded = decode(vector["expected_token"])
    assert pane.status.isHidden()
    assert not pane.tree.isHidden()
    assert FORMAT_NAMES[decoded.format] in value_of(pane, "Format")
    assert value_of(pane, "App ID") == decoded.token.app_id
    if "app_id" in (vector.get("decoded") or {}):
        assert value_of(pane, "App ID") == vector["decoded"]["app_id"]
    # Every row of the core's report is in the tree, in order, with the same text.
    expected = [(n.label, n.value) for row in explain(decoded, NOW) for _, n in row.walk()]
    assert rows(pane) == expected


@pytest.mark.parametrize(
    "vector", [v for v in DECODABLE if fmt(v) == "007" and v.get("decoded")], ids=vector_id
)
def test_007_services_privileges_and_permissions_are_named(
    pane: DecoderPane, vector: dict[str, Any]
) -> None:
    pane.set_token(vector["expected_token"])

    labels = [name for name, _ in rows(pane)]
    for index, service in enumerate(vector["decoded"]["services"], 1):
        assert f"[{index}] {service['name']}" in labels
        if "channel_name" in service:
            assert service["channel_name"] in [value for _, value in rows(pane)]
    raw_ids = {item.text(2) for item in items(pane)}
    for service in vector["decoded"]["services"]:
        assert str(service["type"]) in raw_ids


def test_rtm2_permissions_appear_with_names(pane: DecoderPane) -> None:
    vector = next(v for v in VECTORS if v["id"] == "010-007-streaming-fcdn-rtm2")
    pane.set_token(vector["expected_token"])

    labels = [name for name, _ in rows(pane)]
    assert "permissions" in labels
    assert "[3] RTM2" in labels


def test_times_are_shown_in_utc_and_relative(pane: DecoderPane) -> None:
    pane.set_token(VECTORS[0]["expected_token"])

    expires = value_of(pane, "Expires")
    assert "UTC" in expires
    assert "ago" in expires


def test_relative_times_refresh_on_the_timer(qtbot: QtBot) -> None:
    clock = [1_111_111 + 60]
    pane = DecoderPane(now=lambda: clock[0])
    qtbot.addWidget(pane)
    pane.set_token(VECTORS[0]["expected_token"])
    before = value_of(pane, "Expires")
    assert "in 9 min" in before

    clock[0] += 3600
    pane.refresh_timer.setInterval(10)
    qtbot.waitUntil(lambda: value_of(pane, "Expires") != before)

    assert "ago" in value_of(pane, "Expires")


@pytest.mark.parametrize(
    "text",
    [
        "hello world",
        "0123456789abcdef" * 3,
        "007" + "A" * 40,
        *(v["expected_token"] for v in INVALID),
    ],
)
def test_not_a_token_gets_the_cores_sentence_and_no_tree(pane: DecoderPane, text: str) -> None:
    pane.set_token(text)

    with pytest.raises(TokenError) as caught:
        decode(text)
    assert not pane.status.isHidden()
    assert pane.status.text() == str(caught.value)
    assert pane.tree.isHidden()
    assert not pane.copy_json_button.isEnabled()
    assert pane.verify_box.isHidden()


def test_decodes_live_as_the_text_changes(pane: DecoderPane) -> None:
    token = VECTORS[0]["expected_token"]
    pane.input.setPlainText(token[:20])
    assert not pane.status.isHidden()

    pane.input.moveCursor(pane.input.textCursor().MoveOperation.End)
    pane.input.insertPlainText(token[20:])

    assert pane.status.isHidden()
    assert value_of(pane, "App ID") == VECTORS[0]["inputs"]["app_id"]


def test_clearing_the_input_clears_everything(pane: DecoderPane) -> None:
    pane.set_token(VECTORS[0]["expected_token"])
    pane.input.clear()

    assert pane.decoded() is None
    assert pane.status.isHidden()
    assert not rows(pane)
    assert pane.verify_box.isHidden()


# --- repairs -----------------------------------------------------------------------------------


def test_surrounding_whitespace_is_repaired_and_said(pane: DecoderPane) -> None:
    pane.set_token("  \n" + VECTORS[0]["expected_token"] + "\n\t ")

    assert pane.status.isHidden()
    assert not pane.repair_note.isHidden()
    assert "whitespace" in pane.repair_note.text()
    assert value_of(pane, "App ID") == VECTORS[0]["inputs"]["app_id"]


def test_plus_turned_into_spaces_is_repaired_and_said(pane: DecoderPane) -> None:
    vector = next(v for v in BUILT if "+" in v["expected_token"])
    pane.set_token(vector["expected_token"].replace("+", " "))

    assert pane.status.isHidden()
    assert not pane.repair_note.isHidden()
    assert "'+'" in pane.repair_note.text()
    decoded = pane.decoded()
    assert decoded is not None
    assert decoded.text == vector["expected_token"]


def test_a_clean_token_has_no_repair_note(pane: DecoderPane) -> None:
    pane.set_token(VECTORS[0]["expected_token"])

    assert pane.repair_note.isHidden()


# --- verification --------------------------------------------------------------------------------


@pytest.mark.parametrize("vector", BUILT, ids=vector_id)
def test_only_the_inputs_the_format_needs_are_shown(
    pane: DecoderPane, vector: dict[str, Any]
) -> None:
    pane.set_token(vector["expected_token"])

    needs = NEEDS[fmt(vector)]
    shown = {
        name for name in ("channel_name", "uid", "account") if not getattr(pane, name).isHidden()
    }
    expected = set()
    if "channel_name" in needs:
        expected.add("channel_name")
    if "uid" in needs or "uid_or_account" in needs:
        expected.add("uid")
    if "account" in needs or "uid_or_account" in needs:
        expected.add("account")
    assert shown == expected
    assert not pane.certificate.isHidden()


@pytest.mark.parametrize("vector", BUILT, ids=vector_id)
def test_right_inputs_verify_as_valid(pane: DecoderPane, vector: dict[str, Any]) -> None:
    fill(pane, vector)

    result = pane.verification()
    assert result is not None
    assert result.valid, result.message
    assert pane.verify_status.text().startswith("Signature valid")


@pytest.mark.parametrize("vector", BUILT, ids=vector_id)
def test_wrong_certificate_is_invalid(pane: DecoderPane, vector: dict[str, Any]) -> None:
    fill(pane, vector)
    pane.certificate.setText(other_certificate(vector["inputs"]["app_certificate"]))

    result = pane.verification()
    assert result is not None
    assert not result.valid
    assert pane.verify_status.text().startswith("Signature invalid")
    assert result.mismatched == ()


@pytest.mark.parametrize("vector", with_channel(BUILT), ids=vector_id)
def test_wrong_channel_is_invalid(pane: DecoderPane, vector: dict[str, Any]) -> None:
    fill(pane, vector)
    pane.channel_name.setText(vector["inputs"]["channel_name"] + "-other")

    result = pane.verification()
    assert result is not None
    assert not result.valid
    assert pane.verify_status.text().startswith("Signature invalid")
    if fmt(vector) == "006":
        assert result.mismatched == ("channel_name",)
        assert "channel name" in pane.verify_status.text()


@pytest.mark.parametrize("vector", with_uid(BUILT), ids=vector_id)
def test_wrong_uid_is_invalid(pane: DecoderPane, vector: dict[str, Any]) -> None:
    fill(pane, vector)
    typed = right_inputs(vector)
    if "uid" in typed:
        pane.uid.setText(str(int(typed["uid"]) + 1))
    else:
        pane.account.setText(typed["account"] + "x")

    result = pane.verification()
    assert result is not None
    assert not result.valid
    assert pane.verify_status.text().startswith("Signature invalid")
    if fmt(vector) == "006":
        assert result.mismatched == ("uid",)
        assert "uid" in pane.verify_status.text()


@pytest.mark.parametrize("vector", [v for v in BUILT if fmt(v) == "004"], ids=vector_id)
def test_dynamic_key_4_says_which_service_tag_matched(
    pane: DecoderPane, vector: dict[str, Any]
) -> None:
    fill(pane, vector)

    result = pane.verification()
    assert result is not None
    assert result.service_tag == vector["inputs"]["service_tag"]
    assert f"({vector['inputs']['service_tag']})" in pane.verify_status.text()


def test_006_details_list_both_crc_checks(pane: DecoderPane) -> None:
    vector = next(v for v in BUILT if fmt(v) == "006")
    fill(pane, vector)
    pane.channel_name.setText("elsewhere")

    assert not pane.verify_details.isHidden()
    assert "channel 'elsewhere' differs" in pane.verify_details.text()
    assert "matches" in pane.verify_details.text()


def test_a_missing_input_is_prompted_for(pane: DecoderPane) -> None:
    vector = next(v for v in BUILT if fmt(v) == "005")
    pane.set_token(vector["expected_token"])
    pane.set_credentials(vector["inputs"]["app_id"], vector["inputs"]["app_certificate"])

    assert pane.verification() is None
    assert "channel name" in pane.verify_status.text()

    pane.channel_name.setText(vector["inputs"]["channel_name"])
    assert pane.verification() is None
    assert "uid" in pane.verify_status.text()

    pane.uid.setText(str(vector["inputs"]["uid"]))
    result = pane.verification()
    assert result is not None
    assert result.valid


def test_no_certificate_means_a_prompt_not_a_verdict(pane: DecoderPane) -> None:
    pane.set_token(VECTORS[0]["expected_token"])

    assert pane.verification() is None
    assert "App Certificate" in pane.verify_status.text()


def test_certificate_typed_in_the_pane_wins_over_the_window(pane: DecoderPane) -> None:
    vector = VECTORS[0]
    pane.set_token(vector["expected_token"])
    pane.certificate.clear()
    pane.certificate.insert(vector["inputs"]["app_certificate"])  # as typed: textEdited

    pane.set_credentials(vector["inputs"]["app_id"], "ab" * 16)

    assert pane.certificate.text() == vector["inputs"]["app_certificate"]
    result = pane.verification()
    assert result is not None
    assert result.valid


def test_the_window_certificate_fills_an_untouched_field(pane: DecoderPane) -> None:
    pane.set_token(VECTORS[0]["expected_token"])
    pane.set_credentials("", "ab" * 16)

    assert pane.certificate.text() == "ab" * 16
    assert pane.certificate.echoMode() == pane.certificate.EchoMode.Password


def test_uid_or_account_not_both(pane: DecoderPane) -> None:
    vector = next(v for v in BUILT if fmt(v) == "006")
    fill(pane, vector)
    pane.uid.setText("1")
    pane.account.setText("someone")

    assert pane.verification() is None
    assert "not both" in pane.verify_status.text()


def test_a_token_for_another_app_id_is_pointed_out(pane: DecoderPane) -> None:
    vector = VECTORS[0]
    pane.set_token(vector["expected_token"])
    pane.set_credentials("ab" * 16, other_certificate(vector["inputs"]["app_certificate"]))

    assert not pane.verify_details.isHidden()
    assert "ab" * 16 in pane.verify_details.text()


# --- copy, drops, embedded panels ------------------------------------------------------------


def test_copy_decoded_json_puts_valid_json_on_the_clipboard(
    qtbot: QtBot, pane: DecoderPane
) -> None:
    vector = VECTORS[0]
    fill(pane, vector)

    with qtbot.waitSignal(pane.status_message) as blocker:
        pane.copy_json_button.click()

    data = json.loads(QGuiApplication.clipboard().text())
    decoded = pane.decoded()
    assert decoded is not None
    assert data == {**to_json(decoded), "signature": "valid"}
    assert blocker.args == ["Copied the decoded token as JSON."]


def test_copied_json_has_no_signature_claim_without_verification(pane: DecoderPane) -> None:
    pane.set_token(VECTORS[0]["expected_token"])
    pane.copy_json_button.click()

    data = json.loads(QGuiApplication.clipboard().text())
    assert "signature" not in data
    assert data["app_id"] == VECTORS[0]["inputs"]["app_id"]


def _drop(pane: DecoderPane, mime: QMimeData) -> None:
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    pane.input.dropEvent(event)


def test_dropping_a_text_file_decodes_it(pane: DecoderPane, tmp_path: Path) -> None:
    path = tmp_path / "token.txt"
    path.write_text(VECTORS[0]["expected_token"] + "\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])

    _drop(pane, mime)

    assert value_of(pane, "App ID") == VECTORS[0]["inputs"]["app_id"]


def test_dropping_text_replaces_the_old_token(pane: DecoderPane) -> None:
    pane.set_token(VECTORS[1]["expected_token"])
    mime = QMimeData()
    mime.setText(VECTORS[0]["expected_token"])

    _drop(pane, mime)

    assert pane.input.toPlainText() == VECTORS[0]["expected_token"]


def test_dropping_an_unreadable_file_says_so(
    qtbot: QtBot, pane: DecoderPane, tmp_path: Path
) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "missing.txt"))])

    with qtbot.waitSignal(pane.status_message):
        _drop(pane, mime)

    assert "missing.txt" in pane.status.text()


def test_diagnose_and_compare_are_fed_only_when_shown(
    pane: DecoderPane, monkeypatch: pytest.MonkeyPatch
) -> None:
    tokens: list[str] = []
    pairs: list[tuple[str, str]] = []
    monkeypatch.setattr(pane.diagnose, "set_token", tokens.append)
    monkeypatch.setattr(pane.compare, "set_tokens", lambda a, b: pairs.append((a, b)))
    pane.set_token(VECTORS[0]["expected_token"])
    pane.set_token(VECTORS[1]["expected_token"])
    assert tokens == []
    assert pairs == []

    pane.details.setCurrentWidget(pane.diagnose)
    assert tokens == [VECTORS[1]["expected_token"]]

    pane.details.setCurrentWidget(pane.compare)
    assert pairs == [(VECTORS[0]["expected_token"], VECTORS[1]["expected_token"])]


def test_every_input_has_an_accessible_name(pane: DecoderPane) -> None:
    for widget in (
        pane.input,
        pane.tree,
        pane.certificate,
        pane.channel_name,
        pane.uid,
        pane.account,
        pane.verify_status,
        pane.copy_json_button,
    ):
        assert widget.accessibleName()
    assert pane.input.tabChangesFocus()


def test_status_colour_follows_dark_and_light_palettes(pane: DecoderPane) -> None:
    from PySide6.QtGui import QColor, QPalette

    fill(pane, VECTORS[0])
    light = pane.verify_status.palette().color(QPalette.ColorRole.WindowText)

    dark = QPalette(pane.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    pane.setPalette(dark)
    on_dark = pane.verify_status.palette().color(QPalette.ColorRole.WindowText)

    assert on_dark != light
    assert on_dark.lightness() > light.lightness()


@pytest.mark.slow
def test_per_keystroke_latency_is_small(qtbot: QtBot, pane: DecoderPane) -> None:
    token = VECTORS[0]["expected_token"]
    pane.show()
    pane.set_token(token)
    cursor = pane.input.textCursor()
    timings: list[float] = []
    for position in range(30, 130):
        cursor.setPosition(position)
        cursor.setPosition(position + 1, cursor.MoveMode.KeepAnchor)
        original = cursor.selectedText()
        for text in ("A" if original != "A" else "B", original):
            cursor.setPosition(position)
            cursor.setPosition(position + 1, cursor.MoveMode.KeepAnchor)
            start = time.perf_counter()
            cursor.insertText(text)
            QGuiApplication.processEvents()
            timings.append(time.perf_counter() - start)

    assert statistics.median(timings) < 0.005
