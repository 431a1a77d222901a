"""The window fits 1366x768, 1280x720 and 1280x720 at 2x scaling, in every state.

Each case starts a fresh process (the screen size is fixed when Qt starts) on the offscreen
platform, whose screen is configured through a JSON file, and runs tests/ui/window_walk.py: every
page of the sidebar (pages added later included), every key kind of each generator page with its
"Advanced" values open, a 007 and a 006 token decoded with every decoder tab opened, the decoder
hidden and shown. The walk reports the window frame leaving the available area, any visible
control outside a scroll area leaving the screen, buttons smaller than their text and a sidebar
that would need a scroll bar.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]

# name -> (screen width, height in device pixels, QT_SCALE_FACTOR)
SCREENS = {
    "1366x768": (1366, 768, 1),
    "1280x720": (1280, 720, 1),
    "1280x720 at 2x": (2560, 1440, 2),
}


def run_walk(tmp_path: Path, screen: str, mode: str) -> dict[str, Any]:
    width, height, scale = SCREENS[screen]
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "synchronousWindowSystemEvents": True,
                "windowFrameMargins": True,
                "screens": [{"name": "walk", "x": 0, "y": 0, "width": width, "height": height}],
            }
        ),
        encoding="utf-8",
    )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        QT_SCALE_FACTOR=str(scale),
        XDG_CONFIG_HOME=str(tmp_path),
    )
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.window_walk", mode, str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    logical = (width // scale, height // scale)
    assert tuple(result["screen"][2:]) == logical  # the screen under test really was used
    assert result["ratio"] == scale
    return result


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_state_fits_the_screen(tmp_path: Path, screen: str) -> None:
    result = run_walk(tmp_path, screen, "walk")
    assert result["problems"] == []
    states = result["states"]
    for title in result["pages"]:
        assert f"page {title!r}" in states
    assert any(s.startswith("006 decoded, decoder tab 'Diagnose'") for s in states)
    for state in (
        "two tokens compared",
        "generated a 007 token",
        "batch run with a bad row",
        "history with an entry",
        "About dialog",
        "Shortcuts dialog",
    ):
        assert state in states
    for name in ("vector SignalingToken", "vector DynamicKey5", "a link with a token"):
        assert any(s.startswith(f"{name} decoded") for s in states), name


@pytest.mark.parametrize("screen", list(SCREENS))
def test_a_size_remembered_on_a_larger_screen_is_clamped(tmp_path: Path, screen: str) -> None:
    result = run_walk(tmp_path, screen, "restore")
    assert result["problems"] == []


@pytest.mark.parametrize("screen", ["1280x720", "1280x720 at 2x"])
def test_navigation_shows_every_page_without_scrolling(tmp_path: Path, screen: str) -> None:
    """Every page of today (14) plus four spare ones: 18 entries under four headings."""
    result = run_walk(tmp_path, screen, "navigation")
    assert len(result["pages"]) >= 18
    assert result["problems"] == []


def test_every_state_fits_1280x720_in_chinese(tmp_path: Path) -> None:
    """Translated labels have other widths; the smallest screen still holds every state."""
    from agora_token_gui.ui.i18n import catalogue_path

    if not Path(catalogue_path("zh_CN")).is_file():
        pytest.fail("the Chinese catalogue is not built: run make translations")
    result = run_walk(tmp_path, "1280x720", "walk-zh_CN")
    assert result["problems"] == []
    assert any(state.startswith("006 decoded") for state in result["states"])
