"""Test-wide setup: headless Qt by default, and a ``gui`` marker on every Qt test."""

from __future__ import annotations

import os

import pytest

# Read when pytest-qt first builds the QApplication, so set it at import time.
# `QT_QPA_PLATFORM=xcb pytest` still shows real windows when debugging.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let a test read a real certificate from the developer's environment.
os.environ.pop("AGORA_APP_CERTIFICATE", None)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # `pytest -m "not gui"` then runs only the pure tests.
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
