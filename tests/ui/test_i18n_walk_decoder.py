"""In Simplified Chinese, every state of the decoder shows translated words, rows included.

The walk (issue 13) goes through: the empty pane; a decoded 007 token with several services, a
006 token, DynamicKey5/4/3/2 and v1 keys, a signaling token, a whiteboard token and a stream key
(closed and opened); a signature that checks out and one that does not; an expired token and one
whose publishing lapsed before the token; a token found inside a URL and inside a log line, with
the repairs said; several tokens in one paste ("Token n of N"); text that holds no token; a paste
over 16 KB; the Diagnose and Compare tabs (two tokens compared). In each, the pane's visible
texts, tooltips and accessible names, every row of the fields tree (field, value, raw-value
tooltip and the row tooltips) and the Compare table's cells have no English left but
identifiers. The output panel's expiry line keeps its per-capability tooltip, translated.

A core test checks that every message (core/text.py Text) the decoder's core modules produce in
those cases, and every message inside them, has a finished translation in the zh_CN catalogue,
and that re-formatting a message gives the English the CLI prints (what the GUI shows in English).

Identifiers allowed beyond tests/ui/words.py (all are names of the token formats themselves):
service names (Streaming, FCDN), privilege names that are lower-case words in the SDKs (login,
user, app, publish, play), RTM2 permission and resource names (read, write, users), whiteboard
role names and builders (admin, writer, reader, sdk, room, task, NETLESS... prefixes), the
format codes signaling and whiteboard, the signature field ``sig``, hash and cipher names
(HMAC-SHA256, HMAC-SHA1, CRC-32, AES-128-CTR, MAC), codec words (Base64, zlib, URL,
MessagePack), msgpack type names, and a key name the user's text gave (in backticks).
"""

from __future__ import annotations

import json
import re
import urllib.parse
import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication, QTreeWidgetItemIterator

from agora_token_gui.core import compare, detect, expiry, report, verification
from agora_token_gui.core.catalog import GROUPS
from agora_token_gui.core.errors import TokenError
from agora_token_gui.core.text import Moment, Text
from agora_token_gui.ui.compare_view import CompareView
from agora_token_gui.ui.decoder_pane import DecoderPane
from agora_token_gui.ui.form import GeneratorTab
from agora_token_gui.ui.main_window import MainWindow
from agora_token_gui.ui.token_tree import TokenTree
from tests import fuzz, more_vectors, tokens
from tests.catalogue import core_translations

from .helpers import APP_ID, CERTIFICATE, NOW
from .test_i18n_walk import catalogues, window  # noqa: F401
from .words import problems, texts, untranslated

# Names of the formats themselves, kept in every language (see the module docstring).
_MORE_IDENTIFIERS = re.compile(
    r"(?<![A-Za-z0-9_])(?:Streaming|FCDN|login|user|app|publish|play|read|write|users|admin|"
    r"writer|reader|sdk|room|task|sig|signaling|whiteboard|HMAC-SHA256|HMAC-SHA1|CRC-32|CRC|"
    r"URL|MAC|HMAC|AES-128-CTR|Base64|zlib|MessagePack|NETLESS\w*|msgpack \w+|`[^`]*`)"
    r"(?![A-Za-z0-9_])"
)


CATALOGUE = set(core_translations())


def left(text: str) -> str:
    """Untranslated words of ``text`` once the identifiers of the formats are taken out."""
    return untranslated(_MORE_IDENTIFIERS.sub(" ", text))


def _vectors() -> dict[str, dict[str, Any]]:
    """The public vectors by id (the shared spec, else the copies in tests/data)."""
    listed = json.loads(fuzz.VECTORS.read_text("utf-8"))["vectors"] + more_vectors.ALL
    return {vector["id"]: vector for vector in listed}


VECTORS = _vectors()


def token(vector_id: str) -> str:
    return str(VECTORS[vector_id]["expected_token"])


# 007 with RTC, RTM, FPA and Chat; Streaming, FCDN and RTM2 (permissions): several services.
RTC_RTM_FPA_CHAT = token("009-007-rtc-rtm-fpa-chat")
STREAMING_FCDN_RTM2 = token("010-007-streaming-fcdn-rtm2")
CHANNEL = "7d72365eb983485397e3e3f9d460bdda"
UID = "2882341273"
# Publishing lapses 10 minutes after the issue time, joining and the token after an hour.
LAPSED = tokens.rtc(privilege_expire=0, token_expire=3600)
SHORT = tokens.make(
    {
        "format": "007",
        "builder": "rtc_uid_privileges",
        "channel_name": "demo",
        "uid": 123,
        "token_expire": 3600,
        "join_channel_privilege_expire": 3600,
        "pub_audio_privilege_expire": 600,
        "pub_video_privilege_expire": 600,
        "pub_data_stream_privilege_expire": 600,
    }
)
# Each state: (what, the text pasted, the verify inputs typed: certificate, channel, uid, account)
STATES: list[tuple[str, str, tuple[str, str, str, str]]] = [
    ("007, four services, verified", RTC_RTM_FPA_CHAT, ("", "", "", "")),
    ("007, Streaming, FCDN, RTM2", STREAMING_FCDN_RTM2, ("", "", "", "")),
    ("007, wrong certificate", RTC_RTM_FPA_CHAT, ("0" * 32, "", "", "")),
    ("007, publishing lapsed first", SHORT, ("", "", "", "")),
    ("006 verified", token("035-006-rtc-join-uid-2882341273"), ("", CHANNEL, UID, "")),
    ("006, other channel", token("035-006-rtc-join-uid-2882341273"), ("", "other", UID, "")),
    ("006, no uid yet", token("039-006-rtm-login"), ("", CHANNEL, "", "")),
    ("DynamicKey5", token("049-dk5-public-sharing"), ("", CHANNEL, UID, "")),
    ("DynamicKey5 permission", token("052-dk5-in-channel-permission-no-upload"), ("", "", "", "")),
    ("DynamicKey4", token("043-dk4-public-sharing"), ("", CHANNEL, UID, "")),
    ("DynamicKey4, wrong uid", token("043-dk4-public-sharing"), ("", CHANNEL, "7", "")),
    ("DynamicKey3", token("042-dk3"), ("", CHANNEL, "", "")),
    ("DynamicKey2", token("041-dk2"), ("", "other", "", "")),
    ("DynamicKey v1", token("040-dk1"), ("", CHANNEL, "", "")),
    ("signaling", token("054-signaling-1"), ("", "", "", UID)),
    ("signaling, no account", token("054-signaling-1"), ("", "", "", "")),
    ("whiteboard room", token("w04-room-admin-10min"), (tokens.SK, "", "", "")),
    ("whiteboard sdk, no SK", token("w01-sdk-admin-10min"), ("", "", "", "")),
    ("whiteboard never expires", token("w03-sdk-reader-never-expires"), ("x" * 8, "", "", "")),
    ("stream key, closed", token("s02-with-template"), ("1" * 32, "", "", "")),
    ("stream key, opened", token("s02-with-template"), (tokens.CERT, "", "", "")),
    ("short certificate", RTC_RTM_FPA_CHAT, ("abc", "", "", "")),
    (
        "007 in a URL, percent-encoded",
        "https://example.com/join?channel=demo&token=" + urllib.parse.quote(LAPSED, safe=""),
        ("", "", "", ""),
    ),
    (
        "006 in a log line, wrapped",
        "2026-01-01 12:00:00 INFO join token="
        + token("035-006-rtc-join-uid-2882341273")[:60]
        + "\n    "
        + token("035-006-rtc-join-uid-2882341273")[60:],
        ("", CHANNEL, UID, ""),
    ),
    ("007 in quotes with spaces", f'  "{LAPSED.replace("+", " ")}"  ', ("", "", "", "")),
    ("two tokens", f"a={LAPSED} b={token('049-dk5-public-sharing')}", ("", "", "", "")),
    ("no token", "hello, this text holds no token at all", ("", "", "", "")),
    ("damaged token in a log", "level=error token=007abcdefghijklmnopqrstuvwxyz", ("", "", "", "")),
    ("hex of no known length", "ab" * 40, ("", "", "", "")),
]


def _data(value: object) -> list[str]:
    """What a value shows that is data, not the core's words: the value itself when it is a plain
    string (hex, Base64, a channel name), else the plain strings it was made with (a nonce, a
    name typed in), recursively. A message of another module without a zh_CN translation yet
    (a codec's parse error, the requests lane's) counts too: it is listed in the report.
    """
    if isinstance(value, Moment):
        return []
    if not isinstance(value, Text):
        return [value] if isinstance(value, str) and value else []
    if value.template not in CATALOGUE:
        return [str(value)]
    return [data for param in value.params.values() for data in _data(param)]


def _without(text: str, data: object) -> str:
    for piece in sorted(_data(data), key=len, reverse=True):
        text = text.replace(piece, " ")
    return text


def tree_texts(tree: TokenTree) -> Iterator[tuple[str, str]]:
    """(where, text) of every row: the field and value columns and the three tooltips.

    A value that is data (the core gives it as a plain string: hex, Base64, a channel name) is
    taken out of the value column and its tooltip, and the raw value out of the raw tooltip.
    """
    iterator = QTreeWidgetItemIterator(tree)
    nodes = dict(zip(map(id, tree._flat_items), tree._flat_nodes, strict=True))
    while iterator.value() is not None:
        item = iterator.value()
        node = nodes[id(item)]
        where = f"row {item.text(0)!r}"
        yield where + " field", item.text(0)
        yield where + " value", _without(item.text(1), node.value)
        yield where + " tooltip 0", _without(item.toolTip(0), node.tooltip)
        yield where + " tooltip 1", _without(_without(item.toolTip(1), node.value), node.tooltip)
        yield where + " tooltip 2", _without(item.toolTip(2), node.raw)
        iterator += 1


def table_texts(view: CompareView) -> Iterator[tuple[str, str]]:
    """The Compare table's cells and tooltips; the two values when they are data."""
    table = view.table
    comparison = view.comparison
    differences = list(comparison.explaining + comparison.no_effect) if comparison else []
    row_of_difference = -1
    for row in range(table.rowCount()):
        heading = table.columnSpan(row, 0) > 1
        if not heading:
            row_of_difference += 1
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is None:
                continue
            data: object = ""
            if not heading:
                difference = differences[row_of_difference]
                data = (difference.field, difference.a, difference.b, difference.note)[column]
            yield f"cell {row},{column}", _without(item.text(), data)
            yield f"cell {row},{column} tooltip", _without(item.toolTip(), data)


def found(pairs: Iterator[tuple[str, str]]) -> list[str]:
    return sorted(
        {f"{where}: {text!r} (left: {left(text)})" for where, text in pairs if left(text)}
    )


def pane_problems(pane: DecoderPane) -> list[str]:
    """What is still English in the pane (its Diagnose panel is the diagnose lane's, left out).

    The decoder's own message, the Compare tab's and a verification message are the core's
    messages: the data in them, and messages of other modules they carry, are taken out (see
    _data).
    """
    view = pane._compare
    verification = pane.verification()
    shown = [
        pane._error,
        view._error if view is not None else "",
        verification.message if verification is not None else "",
    ]
    diagnose = set() if pane._diagnose is None else {text for _, text in texts(pane.diagnose)}
    pairs = []
    for where, text in texts(pane):
        if text in diagnose:  # built lazily; its own test walks it
            continue
        for message in shown:
            text = _without(text, message)
        pairs.append((where, text))
    tree = found(tree_texts(pane.tree)) if pane.tree.isVisible() else []
    table = found(table_texts(view)) if view is not None and view.isVisible() else []
    return found(iter(pairs)) + tree + table


def type_inputs(pane: DecoderPane, inputs: tuple[str, str, str, str]) -> None:
    certificate, channel, uid, account = inputs
    pane.certificate.setText(certificate or CERTIFICATE)
    pane.channel_name.setText(channel)
    pane.uid.setText(uid)
    pane.account.setText(account)


@pytest.fixture
def pane(window: MainWindow) -> DecoderPane:  # noqa: F811 - the imported fixture
    window.app_id_edit.setText(APP_ID)
    window.certificate_edit.setText(CERTIFICATE)
    return window.decoder_pane


def test_the_empty_pane_is_translated(pane: DecoderPane) -> None:
    assert pane.empty_note.isVisible()
    assert pane_problems(pane) == []


@pytest.mark.parametrize(("what", "text", "inputs"), STATES, ids=[s[0] for s in STATES])
def test_every_decoder_state_is_translated_rows_included(
    pane: DecoderPane, what: str, text: str, inputs: tuple[str, str, str, str]
) -> None:
    pane.set_token(text)
    type_inputs(pane, inputs)
    QApplication.processEvents()
    shown = [pane.tree, pane.status, pane.verify_status, pane.repair_note]
    assert any(widget.isVisible() for widget in shown), what
    assert pane_problems(pane) == []
    for tab in (1, 2):  # Diagnose, then Compare (the last two tokens decoded)
        pane.details.setCurrentIndex(tab)
        QApplication.processEvents()
        assert pane_problems(pane) == []
    pane.details.setCurrentIndex(0)


def test_the_rows_really_are_chinese(pane: DecoderPane) -> None:
    pane.set_token(RTC_RTM_FPA_CHAT)
    QApplication.processEvents()
    assert pane.tree.isVisible()
    labels = [text for where, text in tree_texts(pane.tree) if where.endswith(" field")]
    assert labels[:2] == ["格式", "实际过期时间"]
    assert "签发时间" in labels
    assert "服务（4）" in labels
    assert pane.verify_status.text().startswith("签名有效")
    tips = [text for where, text in tree_texts(pane.tree) if where.endswith("tooltip 1")]
    assert any("允许加入频道。" in tip for tip in tips)  # a privilege row's human name


def test_several_tokens_are_offered_in_chinese(pane: DecoderPane) -> None:
    pane.set_token(f"a={LAPSED} b={token('049-dk5-public-sharing')}")
    QApplication.processEvents()
    assert pane.found_tokens.isVisible()
    assert pane.found_tokens.itemText(1).startswith("第 2 个 Token，共 2 个：DynamicKey5 — 在")
    pane.show_candidate(1)
    QApplication.processEvents()
    assert pane_problems(pane) == []


def test_a_paste_over_16_kb_is_refused_in_chinese(pane: DecoderPane) -> None:
    data = QMimeData()
    data.setText("x" * 17_000)
    pane.input.insertFromMimeData(data)
    QApplication.processEvents()
    assert pane.status.isVisible()
    assert "16 KB" in pane.status.text()
    assert pane_problems(pane) == []
    main = pane.window()
    assert isinstance(main, MainWindow)
    main.set_language("en")  # the refusal is said again in the new language
    QApplication.processEvents()
    assert pane.status.text().startswith("That text has 17,000 characters")
    main.set_language("zh_CN")
    QApplication.processEvents()
    assert pane_problems(pane) == []


def test_compare_two_tokens_in_chinese(pane: DecoderPane) -> None:
    pane.set_token(tokens.rtc(uid=999))
    pane.set_token(SHORT)
    pane.details.setCurrentIndex(2)
    QApplication.processEvents()
    view = pane.compare
    assert view.table.rowCount() > 2
    assert view.summary.text().startswith("✖ 不同")
    headings = [
        cell.text() for r in range(view.table.rowCount()) if (cell := view.table.item(r, 0))
    ]
    assert any(h.startswith("可以解释失败（") for h in headings)
    assert pane_problems(pane) == []
    view.token_b.setPlainText("007 not a token")
    QApplication.processEvents()
    assert view.summary.text().startswith("✖ Token B：")
    assert pane_problems(pane) == []


def first_row(pane: DecoderPane) -> str:
    item = pane.tree.topLevelItem(0)
    return item.text(0) if item is not None else ""


def test_a_live_switch_translates_the_rows_and_keeps_the_token(
    window: MainWindow,  # noqa: F811
    pane: DecoderPane,
) -> None:
    pane.set_token(f"a={LAPSED} b={token('049-dk5-public-sharing')}")
    pane.show_candidate(1)
    QApplication.processEvents()
    assert first_row(pane) == "格式"
    window.set_language("en")
    QApplication.processEvents()
    assert first_row(pane) == "Format"
    decoded = pane.decoded()
    assert decoded is not None
    assert decoded.format == "005"  # still the second token
    assert pane.found_tokens.itemText(1).startswith("Token 2 of 2: DynamicKey5 — Found")
    window.set_language("zh_CN")
    QApplication.processEvents()
    assert first_row(pane) == "格式"
    decoded = pane.decoded()
    assert decoded is not None
    assert decoded.format == "005"


def test_the_output_panels_expiry_tooltip_is_translated(window: MainWindow) -> None:  # noqa: F811
    window.app_id_edit.setText(APP_ID)
    window.certificate_edit.setText(CERTIFICATE)
    tab = window.page(GROUPS[0])
    assert isinstance(tab, GeneratorTab)
    form = tab.select_kind("007/rtc_uid")
    form.fields["channel_name"].set_value("demo")
    form.fields["uid"].set_value(42)
    assert form.generate() is not None
    QApplication.processEvents()
    tooltip = tab.output.expiry_label.toolTip()
    assert tooltip.startswith("加入频道：至 ")
    assert problems(tab.output) == []


# --- the core: every message has a translation, and its English is what the CLI prints ------


def messages(value: object) -> Iterator[Text]:
    """``value`` and every message inside it, when it is one."""
    if isinstance(value, Text):
        yield value
        for param in value.params.values():
            yield from messages(param)


def english(value: object) -> str:
    """A message formatted again from its template (as a GUI in English shows it)."""
    if isinstance(value, Text):
        return value.template.format_map({k: english(v) for k, v in value.params.items()})
    return str(value)


def core_outputs() -> Iterator[object]:
    """What the decoder's core modules say in the walk's states."""
    for _, text, inputs in STATES:
        try:
            decoded = detect.decode(text)
        except TokenError as exc:
            yield exc.args[0]
            continue
        for candidate in (decoded, *decoded.alternatives):
            for row in report.explain(candidate, NOW):
                for _, node in row.walk():
                    yield from (node.label, node.value, node.tooltip)
            yield from (r.message for r in candidate.repairs)
            found_expiry = expiry.effective(candidate)
            yield found_expiry.words(NOW)
            yield from found_expiry.lines(NOW)
            yield from (sentence for _, sentence in expiry.mistakes(candidate))
            certificate, channel, uid, account = inputs
            try:
                result = verification.verify(
                    candidate,
                    verification.VerifyInputs(
                        certificate or CERTIFICATE,
                        channel_name=channel or None,
                        uid=int(uid) if uid else None,
                        account=account or None,
                        secret_access_key=certificate or None,
                    ),
                )
            except TokenError as exc:
                yield exc.args[0]
                continue
            yield result.message
            yield from result.checks
    comparisons = [
        (tokens.rtc(uid=999), SHORT),
        (tokens.rtc(salt=2), tokens.rtc(salt=3)),
        (token("043-dk4-public-sharing"), token("044-dk4-recording")),
        (token("035-006-rtc-join-uid-2882341273"), token("036-006-rtc-join-uid-empty")),
        (token("w04-room-admin-10min"), token("w01-sdk-admin-10min")),
        (STREAMING_FCDN_RTM2, RTC_RTM_FPA_CHAT),
    ]
    for a, b in comparisons:
        comparison = compare.compare(a, b, now=NOW)
        for difference in comparison.differences:
            yield from (difference.field, difference.a, difference.b, difference.note)
        yield from comparison.notes
    try:
        compare.compare(LAPSED, "007 not a token", now=NOW)
    except TokenError as exc:
        yield exc.args[0]


def test_every_core_message_of_the_walk_is_in_the_catalogue() -> None:
    done = set(core_translations())
    outputs = list(core_outputs())
    texts = [m for output in outputs for m in messages(output)]
    assert len(texts) > 500
    missing = sorted({t.template for t in texts if t.template not in done})
    assert missing == []


def test_a_message_formatted_again_is_the_english_the_cli_prints() -> None:
    differ = []
    for output in core_outputs():
        # Only a case may differ: a codec's sentence lower-cased after a colon in the CLI keeps
        # its capital in a GUI that formats the message again (core/expiry.py first_letter).
        if isinstance(output, Text) and english(output).lower() != str(output).lower():
            differ.append((english(output), str(output)))
    assert differ == []


def test_a_token_of_another_format_replaces_the_rows_without_a_bytes_warning(
    pane: DecoderPane,
) -> None:
    """006 keeps bytes where 007 keeps text: the pane never compares two formats' fields."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", BytesWarning)  # raised under python -b (make test)
        for text in (token("035-006-rtc-join-uid-2882341273"), RTC_RTM_FPA_CHAT, LAPSED):
            pane.set_token(text)
            QApplication.processEvents()
    assert first_row(pane) == "格式"
