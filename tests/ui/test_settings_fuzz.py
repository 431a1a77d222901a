"""Issue 14 item 6: corrupted or hostile settings never stop the app.

Every key the app reads is given random and hostile values (deep JSON, 5,000-digit numbers,
duplicate keys, NaN, wrong types, binary junk, values of the wrong shape for every form field);
the window must still be built completely, every page and every key kind's form must open, and
saving must work. A bad setting is ignored (its default used) and said in the status bar.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from pytestqt.qtbot import QtBot

from agora_token_gui.core.catalog import KINDS
from agora_token_gui.ui.main_window import MainWindow
from agora_token_gui.ui.profiles import Keychain
from agora_token_gui.ui.settings import Settings

from .helpers import BUILD, NOW
from .test_settings import MemoryKeyring

PLAIN_KEYS = (
    "window/geometry",
    "window/state",
    "window/splitter",
    "window/decoder_visible",
    "window/colour_scheme",
    "window/language",
    "generator/last_tab",
    "generator/last_kinds",
    "profiles/app_ids",
    "profiles/remembered_certificates",
    "profiles/last",
    "credentials/app_id",
)
FIELD_KEYS = tuple(f"fields/{kind.key}" for kind in KINDS)

HOSTILE_TEXT: tuple[object, ...] = (
    "[" * 100_000,
    "{" + '"a":{' * 3_000,
    "1" * 5_000,
    '{"a": 1, "a": 2}',
    "NaN",
    '{"x": Infinity}',
    "1e999",
    "null",
    "",
    "\x00\x01\x02",
    "\ud800",
    '"just text"',
    "[1, 2, 3]",
    '{"prod": ["not", "a", "string"]}',
    '{"prod": "' + "x" * 100_000 + '"}',
    "x" * 1_000_000,
    QByteArray(b"\xff\x00garbage"),
    42,
    ["a", "b"],
    True,
)


def random_json(rng: random.Random, depth: int = 0) -> object:
    choice = rng.randrange(9 if depth < 4 else 6)
    if choice == 0:
        return rng.choice([0, -1, 2**31, 2**32, 2**64, -(2**63), 10**40])
    if choice == 1:
        return rng.choice(["", "x" * rng.randrange(300), "²", "٣", "\u202e", "1-9", "-0", "0042"])
    if choice == 2:
        return rng.choice([True, False, None])
    if choice == 3:
        return rng.choice([0.5, -1e308, 1e-300])
    if choice == 4:
        return str(rng.randrange(10**12))
    if choice == 5:
        return rng.choice(["007/rtc_uid", "rtc", "1h", "{}", "[]"])
    if choice == 6:
        return [random_json(rng, depth + 1) for _ in range(rng.randrange(5))]
    if choice == 7:
        keys = ["1", "2", "type", "privileges", "uid", "channel_name", "0", "-1", "x" * 50]
        return {rng.choice(keys): random_json(rng, depth + 1) for _ in range(rng.randrange(5))}
    return {"type": rng.choice([1, 2, 5, 8, 99, -1, "1"]), "privileges": random_json(rng, 3)}


def field_values(rng: random.Random, key: str) -> str:
    import json

    kind = next(k for k in KINDS if f"fields/{k.key}" == key)
    values = {spec.name: random_json(rng) for spec in kind.fields if rng.random() < 0.8}
    return json.dumps(values)


def store_with(tmp_path: Path, values: dict[str, object]) -> QSettings:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    for key, value in values.items():
        store.setValue(key, value)
    store.sync()
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def start_everything(qtbot: QtBot, store: QSettings) -> MainWindow:
    window = MainWindow(
        settings=Settings(store), keychain=Keychain(MemoryKeyring()), build=BUILD, now=lambda: NOW
    )
    qtbot.addWidget(window)
    assert window.ready
    for title in window.sidebar.titles():
        window.sidebar.select(title)
    for group, tab in window.generators.items():
        for kind in tab.kinds:
            tab.select_kind(kind.key)
        assert tab.current_form() is not None, group
    window.save_settings()
    return window


def test_each_hostile_value_in_each_key(qtbot: QtBot, tmp_path: Path) -> None:
    keys = (*PLAIN_KEYS, *FIELD_KEYS[:: max(1, len(FIELD_KEYS) // 6)])
    for index, value in enumerate(HOSTILE_TEXT):
        folder = tmp_path / str(index)
        folder.mkdir()
        store = store_with(folder, dict.fromkeys(keys, value))
        window = start_everything(qtbot, store)
        window.close()


def test_unreadable_settings_are_said_in_the_status_bar(qtbot: QtBot, tmp_path: Path) -> None:
    store = store_with(tmp_path, {"profiles/app_ids": "[" * 100_000})
    window = MainWindow(
        settings=Settings(store), keychain=Keychain(MemoryKeyring()), build=BUILD, now=lambda: NOW
    )
    qtbot.addWidget(window)
    message = window.statusBar().currentMessage()
    assert message == (
        "The saved setting profiles/app_ids nests JSON deeper than 64 levels; no request needs "
        "that many. It was ignored."
    )
    assert window.profiles.names() == []
    start_everything(qtbot, store)


@pytest.mark.parametrize("seed", range(6))
def test_random_values_for_every_key(qtbot: QtBot, tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    values: dict[str, object] = {}
    for key in PLAIN_KEYS:
        values[key] = rng.choice([*HOSTILE_TEXT, json_text(random_json(rng))])
    for key in FIELD_KEYS:
        values[key] = field_values(rng, key) if rng.random() < 0.9 else rng.choice(HOSTILE_TEXT)
    window = start_everything(qtbot, store_with(tmp_path, values))
    window.close()


def json_text(value: object) -> str:
    import json

    return json.dumps(value)
