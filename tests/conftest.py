"""Test-wide setup: headless Qt by default, and a ``gui`` marker on every Qt test."""

from __future__ import annotations

import os

import pytest

# Read when pytest-qt first builds the QApplication, so set it at import time.
# `QT_QPA_PLATFORM=xcb pytest` still shows real windows when debugging.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let a test read a real certificate from the developer's environment.
os.environ.pop("AGORA_APP_CERTIFICATE", None)
# The tests expect English: a developer's LANG=zh_CN.UTF-8 (or LANGUAGE, LC_ALL, LC_MESSAGES)
# must not turn the CLI's output or the GUI's "system" language into Chinese. C.UTF-8 is what CI
# runs with; tests of another language set it themselves.
for _variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "AGORA_TOKEN_LANG"):
    os.environ.pop(_variable, None)
os.environ["LANG"] = "C.UTF-8"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # `pytest -m "not gui"` then runs only the pure tests.
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
